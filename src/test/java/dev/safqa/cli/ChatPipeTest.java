package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code safqa chat --json} in its own JVM, scripted through a pipe one turn at a time. */
class ChatPipeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_scripted_conversation_gets_each_turns_json_line_before_it_sends_the_next() throws Exception {
        Process p = new ProcessBuilder(List.of(TerminalSession.javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", TerminalSession.mainClasspath(), Main.class.getName(), "chat", "--json"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                // the process ended: the lines read are all there are
            }
        }, "chat-pipe-reader");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = p.getOutputStream()) {
            JsonNode stake = turn(in, lines, "How much did Meta pay for its stake in Scale AI?");
            JsonNode followUp = turn(in, lines, "and the valuation?");
            JsonNode clarify = turn(in, lines, "who is the ceo");
            JsonNode chosen = turn(in, lines, "2");

            assertThat(stake.get("answer").asText()).contains("$14.8 billion");
            assertThat(followUp.get("answer").asText()).contains("29");                  // read with the turn before
            assertThat(clarify.get("options")).hasSizeGreaterThanOrEqualTo(2);             // which revenue?
            assertThat(chosen.get("facts").get(0)).isEqualTo(clarify.get("options").get(1).get("fact"));
        } finally {
            if (!p.waitFor(TerminalSession.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
        }
        assertThat(p.exitValue()).as("exit code at the end of the input").isZero();
    }

    /** Sends one line and waits (with a deadline) for its JSON line. */
    private static JsonNode turn(OutputStream in, BlockingQueue<String> lines, String line) throws Exception {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        String json = lines.poll(TerminalSession.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(json).as("the JSON line for \"%s\" within %s", line, TerminalSession.WAIT).isNotNull();
        return JSON.readTree(json);
    }
}
