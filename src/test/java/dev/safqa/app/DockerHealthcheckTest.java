package dev.safqa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dockerfile's HEALTHCHECK, run as Docker runs it (no JVM), against a running Safqa. */
class DockerHealthcheckTest {
    private static final Pattern CHECK = Pattern.compile("HEALTHCHECK [^\\n]*\\\\\\n\\s*CMD (\\[.*])\\n");

    @TempDir
    Path data;

    private static List<String> command() throws Exception {
        Matcher m = CHECK.matcher(Files.readString(Path.of("Dockerfile")));
        assertThat(m.find()).as("a HEALTHCHECK ... CMD [...] in the Dockerfile").isTrue();
        List<String> cmd = List.of(new ObjectMapper().readValue(m.group(1), String[].class));
        assertThat(cmd).first().as("no JVM per check").isEqualTo("bash");
        return cmd;
    }

    private static int run(List<String> cmd, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SAFQA_HTTP_PORT", String.valueOf(port));
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("the check ends within Docker's timeout").isTrue();
        return p.exitValue();
    }

    @Test
    void the_healthcheck_passes_while_safqa_serves_and_fails_once_it_stopped() throws Exception {
        List<String> cmd = command();
        Map<String, String> env = Map.of("SAFQA_DATA_DIR", data.toString(), "SAFQA_HTTP_HOST", "127.0.0.1",
                "SAFQA_HTTP_PORT", "0", "SAFQA_RELOAD_WATCH", "false");
        int port;
        try (Application app = Application.start(new ConfigLoader(env).load(Path.of("config", "safqa.yaml")),
                PlatformFactory.NONE)) {
            port = app.port();
            assertThat(run(cmd, port)).isZero();
        }
        assertThat(run(cmd, port)).isNotZero();
    }
}
