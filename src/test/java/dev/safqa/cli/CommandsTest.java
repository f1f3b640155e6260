package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.TestKnowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void ask_prints_the_answer_then_its_citation() {
        CliTest r = CliTest.run("ask", "How old is Alexandr Wang?");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("28 years old").contains("Source: paragraph 1").contains("«");
    }

    @Test
    void ask_after_several_turns_reads_the_last_as_the_chat_would() {
        // "he" in the third turn is whom the second turn's answer named (Droege, whose age the article
        // does not give), not the founder the first question might have been about
        CliTest r = CliTest.run("ask", "--after", "who is scale's new ceo?", "--after", "what did he do before?", "how old is he?");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("28");
        CliTest once = CliTest.run("ask", "--after", "who founded scale ai?", "how old is he?");
        assertThat(once.out()).contains("28");
    }

    @Test
    void ask_json_from_stdin_answers_each_line_in_order() throws IOException {
        CliTest r = CliTest.withInput("How much did Meta invest?\nكم عمر وانغ؟\n\nWho is the president of France?\n", "ask", "--json", "-");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("language").asText()).isEqualTo("en");
        assertThat(first.get("answered").asBoolean()).isTrue();
        assertThat(first.get("citations").get(0).get("paragraph").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(lines.get(1)).get("language").asText()).isEqualTo("ar");
        assertThat(JSON.readTree(lines.get(2)).get("outcome").asText()).isEqualTo("empty");
        assertThat(JSON.readTree(lines.get(3)).get("answered").asBoolean()).isFalse();
    }

    @Test
    void ask_from_stdin_answers_a_line_before_the_next_one_arrives() throws Exception {
        java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(typing);
        java.io.PipedOutputStream stdoutSink = new java.io.PipedOutputStream();
        java.io.BufferedReader answers = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.io.PipedInputStream(stdoutSink, 1 << 16), StandardCharsets.UTF_8));
        picocli.CommandLine cmd = new picocli.CommandLine(new SafqaCommand(stdin));
        cmd.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(stdoutSink, StandardCharsets.UTF_8), false));
        java.util.concurrent.CompletableFuture<Integer> exit =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> cmd.execute("ask", "--json", "-"));
        typing.write("How old is Alexandr Wang?\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        // the pipe stays open: the answer must come anyway (readLine would block until the deadline)
        java.util.concurrent.CompletableFuture<String> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return answers.readLine();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)).contains("28 years old");
        typing.close();
        assertThat(exit.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
    }

    @Test
    void ask_with_a_bad_language_is_a_usage_error() {
        CliTest r = CliTest.run("ask", "--lang", "fr", "hello");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--lang must be ar, en or auto");
    }

    @Test
    void check_accepts_the_repo_knowledge() {
        CliTest r = CliTest.run("check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("OK:").contains("curated facts");
    }

    @Test
    void check_names_the_file_the_fact_and_the_reason_and_exits_2() throws IOException {
        Path k = TestKnowledge.copyTo(tmp);
        Path facts = k.resolve("meta-scale-ai.facts.yaml");
        Files.writeString(facts, Files.readString(facts, StandardCharsets.UTF_8).replace("عند 29 مليار", "عند 30 مليار"),
                StandardCharsets.UTF_8);
        CliTest r = CliTest.run("check", "--knowledge", k.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("meta-scale-ai.facts.yaml: deal-valuation: 'source' is not verbatim in paragraph 1")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void every_command_refuses_a_broken_folder_the_same_way() throws IOException {
        Path k = TestKnowledge.copyTo(tmp);
        Files.writeString(k.resolve("lexicon.yaml"), "entities: [", StandardCharsets.UTF_8);
        for (String[] args : List.of(new String[] {"ask", "-k", k.toString(), "hi"}, new String[] {"facts", "-k", k.toString()})) {
            CliTest r = CliTest.run(args);
            assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("lexicon.yaml").contains("not valid YAML");
        }
    }

    @Test
    void facts_lists_the_key_figures_with_paragraphs() {
        CliTest r = CliTest.run("facts");
        assertThat(r.out()).contains("14.8").contains("49").contains("29").contains("[¶1]");
        assertThat(CliTest.run("facts", "--lang", "ar").out()).contains("مليار دولار");
    }

    @Test
    void facts_paragraphs_numbers_the_article() {
        assertThat(CliTest.run("facts", "--paragraphs").out()).contains("[1] استثمرت شركة ميتا").contains("[7] ");
    }

    @Test
    void chat_answers_questions_and_commands_like_the_bot() {
        CliTest r = CliTest.withInput("How much did Meta invest?\n/source 3\n/lang ar\nHow old is Wang?\n/source 99\n/help\n/quit\nnever read\n", "chat");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("$14.8 billion")                  // a question
                .contains("«وبموجب الاتفاقية")                           // /source 3, the paragraph verbatim
                .contains("سأجيب بالعربية")                              // /lang ar
                .contains("28 عامًا")                                    // answered in Arabic
                .contains("من 1 إلى 7")                                  // /source 99, in the chat's language
                .contains("/facts")                                     // /help
                .doesNotContain("never read");
    }

    @Test
    void eval_prints_failures_and_the_score() throws IOException {
        Path set = tmp.resolve("set.jsonl");
        Files.writeString(set, """
                {"id":"a","scope":"in","lang":"en","q":"How much did Meta invest in Scale AI?","expect":[["14\\\\.8"]]}
                {"id":"b","scope":"in","lang":"en","q":"How much did Meta invest in Scale AI?","expect":[["99"]]}
                {"id":"c","scope":"out","lang":"en","q":"What is the capital of Japan?","expect":[]}
                """, StandardCharsets.UTF_8);
        CliTest r = CliTest.run("eval", set.toString(), "--min", "0.9");
        assertThat(r.out()).contains("WRONG b").contains("wrong answers: 1").contains("2 passed, 1 failed");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    }
}
