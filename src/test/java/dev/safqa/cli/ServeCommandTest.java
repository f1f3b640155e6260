package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.app.PlatformFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code safqa serve} refusing to start, as the jar runs it, with an environment of the test's choosing. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int serve(Map<String, String> env, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ServeCommand.class ? cls.cast(new ServeCommand(env, PlatformFactory.NONE))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cmd = new CommandLine(new SafqaCommand(System.in), factory);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return cmd.execute(all);
    }

    @Test
    void serve_without_credentials_exits_2_and_names_the_variables_to_set() {
        int exit = serve(Map.of("SAFQA_DATA_DIR", dir.toString()), "--config", "config/safqa.yaml");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString())
                .contains("TELEGRAM_BOT_TOKEN")
                .contains("SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)")
                .contains("--health-only");
        assertThat(dir.resolve("safqa.db")).doesNotExist(); // nothing started
    }

    @Test
    void serve_with_a_bad_config_exits_2_naming_the_key_without_a_stack_trace() throws Exception {
        Path config = dir.resolve("safqa.yaml");
        Files.writeString(config, "http:\n  port: 99999\n");

        int exit = serve(Map.of("TELEGRAM_BOT_TOKEN", "123456:" + "A".repeat(35)), "--config", config.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("1 problem(s) in the configuration:\n  " + config
                + ": http.port: 99999 is out of range; allowed: a whole number from 0 to 65535\n");
    }

    @Test
    void serve_with_a_token_in_the_config_file_exits_2_without_repeating_it() throws Exception {
        Path config = dir.resolve("safqa.yaml");
        String token = "123456:" + "B".repeat(35);
        Files.writeString(config, "telegram:\n  bot-token: \"" + token + "\"\n");

        assertThat(serve(Map.of(), "--config", config.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("set it in the environment as TELEGRAM_BOT_TOKEN").doesNotContain(token);
    }
}
