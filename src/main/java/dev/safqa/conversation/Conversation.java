package dev.safqa.conversation;

import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Guide;
import dev.safqa.answer.Outcome;
import dev.safqa.answer.Replies;
import dev.safqa.knowledge.Article;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.limits.QuestionLimit;
import dev.safqa.limits.RateLimiter;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.ChatIds;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.ChatSettings;
import dev.safqa.storage.Feedback;
import dev.safqa.storage.FeedbackLog;
import dev.safqa.storage.FollowUpMemory;
import dev.safqa.storage.KeptQuestion;
import dev.safqa.storage.KeptQuestions;
import dev.safqa.storage.StorageException;
import dev.safqa.storage.Vote;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import dev.safqa.text.LanguageDetector;
import dev.safqa.text.Wording;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does with a chat turn, on every platform: a question is answered (leaning on the
 * conversation's previous question when it is a follow-up), a command is run, a tap on a choice,
 * a vote or a Source button is handled. The adapters only parse, hand over, render and send.
 *
 * <p>Language is decided here, once: a chat's {@code /lang} wins; else a question is answered in its
 * own language; texts with no question (help, hints) follow the person's app language, then the
 * default. Thread-safe.
 */
public final class Conversation {
    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    /** Declines worth an editor's look: not small talk, empty or over-long messages. */
    private static final Set<Outcome> KEPT = EnumSet.of(Outcome.NOT_IN_ARTICLE, Outcome.OFF_TOPIC, Outcome.CLARIFY);
    /** How many recent answers are remembered, to know which question a 👎 was about. */
    private static final int RECENT_ANSWERS = 5_000;
    /** Telegram allows 64 characters in a /start payload: [A-Za-z0-9_-]. */
    private static final int MAX_PAYLOAD = 64;

    private final Answerer answerer;
    private final Supplier<Knowledge> knowledge;
    private final ChatSettings settings;
    private final FeedbackLog feedback;
    private final SubscriptionService subscriptions;
    private final QuestionLimit questions;
    private final QuestionLimit refusals;
    private final KeptQuestions kept;
    private final Telemetry telemetry;
    private final Clock clock;
    private final Language defaultLanguage;
    private final FollowUpMemory followUps;
    private final Map<String, String> recentAnswers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > RECENT_ANSWERS;
        }
    };

    private Conversation(Builder b) {
        this.answerer = Objects.requireNonNull(b.answerer, "answerer");
        this.knowledge = Objects.requireNonNull(b.knowledge, "knowledge");
        this.settings = b.settings;
        this.feedback = b.feedback;
        this.subscriptions = b.subscriptions;
        this.questions = b.questions;
        this.refusals = b.refusals;
        this.kept = b.kept;
        this.telemetry = b.telemetry;
        this.clock = b.clock;
        this.defaultLanguage = b.defaultLanguage;
        this.followUps = b.followUps != null ? b.followUps : FollowUpMemory.inMemory(b.clock);
    }

    public static Builder builder(Answerer answerer, Supplier<Knowledge> knowledge) {
        return new Builder(answerer, knowledge);
    }

    /** The reply to a turn; never throws: a failure is logged and answered with an apology. */
    public Reply handle(Turn t) {
        try {
            Turn.Input in = t.input();
            if (in instanceof Turn.Message m) {
                return message(t, m.text() == null ? "" : m.text().strip());
            } else if (in instanceof Turn.Command c) {
                return platformCommand(t, c.text() == null ? "" : c.text().strip());
            } else if (in instanceof Turn.Choose c) {
                return choose(t, c);
            } else if (in instanceof Turn.Vote v) {
                return vote(t, v);
            } else if (in instanceof Turn.Source s) {
                return source(t, s);
            } else {
                Language l = textLanguage(t, "");
                return limited(t, l).orElseGet(() ->
                        Reply.text(l, Wording.say(l, "non-text", Command.HELP.syntax(t.commandPrefix(), l))));
            }
        } catch (RuntimeException e) {
            telemetry.error(t.platform(), "conversation");
            log.error("{} turn in {} failed: {}", t.platform(), ChatIds.hash(t.platform(), t.chatId()), e.toString(), e);
            Language l = textLanguage(t, "");
            return Reply.text(l, Replies.apology(l));
        }
    }

    /**
     * Whether Safqa is part of this thread: it answered there within the follow-up window. A Slack
     * reply in such a thread continues the conversation without a new mention; a thread Safqa was
     * never in stays quiet.
     */
    public boolean followsThread(String platform, String chatId, String thread) {
        return thread != null && recent(key(platform, chatId, thread, null)).isPresent();
    }

    // ---- messages and commands

    private Reply message(Turn t, String text) {
        if (text.startsWith("/")) {
            Command.Parsed p = Command.parseSlash(text);
            if (p.invocation().isPresent()) {
                return command(t, p.invocation().get());
            }
            if (t.kind() != Turn.Kind.PRIVATE) {
                return Reply.NONE;     // in a group an unknown /command may be another bot's
            }
            Language l = textLanguage(t, "");
            return limited(t, l).orElseGet(() -> Reply.text(l, Wording.say(l, "not-a-command", p.name(),
                    Command.HELP.syntax(t.commandPrefix(), l))));
        }
        if (text.isEmpty()) {
            return command(t, new Command.Invocation(Command.HELP, ""));
        }
        return question(t, text);
    }

    private Reply platformCommand(Turn t, String text) {
        if (text.isEmpty()) {
            return command(t, new Command.Invocation(Command.HELP, "")).asEphemeral();
        }
        return Command.parseWords(text).map(i -> command(t, i)).orElseGet(() -> question(t, text)).asEphemeral();
    }

    private Reply command(Turn t, Command.Invocation i) {
        if (i.command() == Command.ASK && !i.argument().isBlank()) {
            return question(t, i.argument());
        }
        if (i.command() == Command.ASK) {
            Language l = textLanguage(t, "");
            return Reply.text(l, Replies.empty(l));
        }
        if (i.command() == Command.START && !i.argument().isBlank() && !i.argument().equalsIgnoreCase("help")) {
            return deepLink(t, i.argument());
        }
        // Telegram's menu offers Latin names only: a Latin name or argument ("/subscribe", "/source 3")
        // says nothing of the asker's language, so the app's language decides; Arabic letters ("/مساعدة") do say
        String said = i.argument().isBlank() ? i.typed() : i.argument();
        Language l = textLanguage(t, ArabicText.hasArabic(said) ? said : "");
        Optional<Reply> slowDown = limited(t, l);
        if (slowDown.isPresent()) {
            return slowDown.get();
        }
        Knowledge k = knowledge.get();
        return switch (i.command()) {
            case FACTS -> facts(k, l);
            case SOURCE -> paragraph(k, i.argument(), l, t.commandPrefix());
            case LANG -> language(t, i.argument(), l);
            case SUBSCRIBE, UNSUBSCRIBE -> subscription(t, i.command() == Command.SUBSCRIBE, chatLanguage(t).orElse(l));
            default -> help(t, l);
        };
    }

    /**
     * {@code /start <payload>} from a t.me link: a fact id answers that fact; otherwise the payload is
     * read as a question (words joined by _ or -, or base64url for text Telegram's alphabet cannot carry).
     */
    private Reply deepLink(Turn t, String payload) {
        String p = payload.strip();
        if (p.length() <= MAX_PAYLOAD) {
            Optional<Fact> fact = knowledge.get().fact(p);
            if (fact.isPresent()) {
                Language l = textLanguage(t, "");
                return limited(t, l).orElseGet(() -> stated(t, fact.get(), l, fact.get().example(l).orElse(p)));
            }
        }
        return question(t, decodePayload(p));
    }

    static String decodePayload(String p) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(p);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (!text.isBlank() && text.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.isSpaceChar(c)
                    || "?؟.,'’%$-".indexOf(c) >= 0) && text.codePoints().anyMatch(c -> Character.isSpaceChar(c))) {
                return text;
            }
        } catch (IllegalArgumentException | CharacterCodingException e) {
            // not base64url: words joined by _ or -
        }
        return p.replace('_', ' ').replace('-', ' ');
    }

    private Reply help(Turn t, Language l) {
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(new Reply.Text(Wording.say(l, "intro")));
        for (Command c : Command.values()) {
            boolean offered = c.listed() && (subscriptions != null || (c != Command.SUBSCRIBE && c != Command.UNSUBSCRIBE));
            if (offered) {
                parts.add(new Reply.Usage(c.syntax(t.commandPrefix(), l), c.description(l)));
            }
        }
        return new Reply(l, parts, List.of(), null, false, false, false, null);
    }

    private static Reply facts(Knowledge k, Language l) {
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(new Reply.Title(Replies.keyFactsTitle(l)));
        for (Fact f : Guide.keyFacts(k)) {
            parts.add(new Reply.Item(f.answer(l), "¶" + f.paragraph()));
        }
        return new Reply(l, parts, List.of(), null, false, false, false, null);
    }

    private static Reply paragraph(Knowledge k, String argument, Language l, String prefix) {
        Article article = k.mainArticle();
        int count = article.paragraphs().size();
        if (argument.isBlank()) {
            return new Reply(l, List.of(new Reply.Title(article.title()),
                    new Reply.Text(Wording.say(l, "source.index", count, prefix + "source 1",
                            prefix + "source " + count))), List.of(), null, false, false, false, null);
        }
        Optional<Paragraph> p = Optional.empty();
        try {
            p = article.paragraph(Integer.parseInt(ArabicText.foldDigits(argument.strip())));
        } catch (NumberFormatException e) {
            // not a number: the same answer as a number out of range
        }
        return p.map(par -> paragraphReply(par, l)).orElseGet(() -> Reply.text(l, Wording.say(l, "source.no-such", count)));
    }

    private static Reply paragraphReply(Paragraph p, Language l) {
        return new Reply(l, List.of(new Reply.Title(Wording.say(l, "paragraph.heading", p.number())),
                new Reply.Quote(p.text(), Replies.sourceLabel(l, p.number()))), List.of(), null, false, false, false, null);
    }

    private Reply language(Turn t, String argument, Language current) {
        String arg = argument.strip();
        Optional<Language> chosen = Language.fromCode(arg);
        boolean auto = arg.equalsIgnoreCase("auto") || ArabicText.fold(arg).equals("تلقائي");
        if (!auto && chosen.isEmpty()) {
            return Reply.text(current, Wording.say(current, "lang.usage", Command.LANG.syntax(t.commandPrefix(), current)));
        }
        try {
            settings.setLanguage(t.chat(), auto ? null : chosen.get());
        } catch (StorageException e) {
            log.warn("language of {} not saved: {}", t.chat(), e.getMessage());
            return Reply.text(current, Wording.say(current, "setting.not-saved"));
        }
        if (auto) {
            return Reply.text(current, Wording.say(current, "lang.set.auto"));
        }
        Language l = chosen.get();
        return Reply.text(l, Wording.say(l, "lang.set." + l.code()));
    }

    /** /subscribe or /unsubscribe: a private chat's user, a channel's posts, a group's administrators. */
    private Reply subscription(Turn t, boolean subscribe, Language l) {
        if (subscriptions == null) {
            return help(t, l);
        }
        Turn.Permission p = t.kind() == Turn.Kind.GROUP ? t.admin().check() : Turn.Permission.ALLOWED;
        if (p == Turn.Permission.UNKNOWN) {
            return Reply.text(l, Wording.say(l, "admin.check-failed"));
        }
        boolean allowed = p == Turn.Permission.ALLOWED;
        try {
            String who = t.userId() == null ? "chat:" + t.chatId() : t.userId();
            return Reply.text(l, subscribe ? subscriptions.subscribe(t.chat(), l, ChatIds.hash(t.platform(), who), allowed).text()
                    : subscriptions.unsubscribe(t.chat(), l, allowed).text());
        } catch (StorageException e) {
            log.warn("subscription of {} not changed: {}", t.chat(), e.getMessage());
            return Reply.text(l, Wording.say(l, "setting.not-saved"));
        }
    }

    // ---- questions

    private Reply question(Turn t, String text) {
        Optional<Language> chosen = chatLanguage(t);
        Language l = language(t, text, chosen);
        Optional<Reply> slowDown = limited(t, l);
        if (slowDown.isPresent()) {
            return slowDown.get();
        }
        String conversation = conversationKey(t);
        Optional<FollowUpMemory.Last> previous = leansAllowed(t) && conversation != null
                ? recent(conversation) : Optional.empty();
        // a question with no letters ("2025?") is answered in the chat's or the person's language
        Language forced = chosen.orElse(LanguageDetector.detectLetters(text).isPresent() ? null : l);
        long start = System.nanoTime();
        Answer a = answerer.answer(text, forced, previous.map(FollowUpMemory.Last::understood).orElse(null),
                previous.map(FollowUpMemory.Last::facts).orElse(List.of()), previous.map(FollowUpMemory.Last::told).orElse(List.of()));
        telemetry.question(t.platform(), t.chatId(), a, System.nanoTime() - start);
        if (conversation != null) {
            // after a decline, "he" still points at whom the last answer named, unless the declined
            // question turned to another one ("and the bigger one?"): "it" is then that one, unknown
            boolean keeps = !a.answered() && previous.isPresent() && answerer.staysWithLastAnswer(text);
            // ...and what the answers before it told, for "which other labs?" after two of them
            List<String> told = previous.map(p -> keeps ? p.told() : Answerer.toldSoFar(p.told(), p.facts())).orElse(List.of());
            remember(conversation, a.understood(), keeps ? previous.get().facts() : a.facts(), told);
        }
        if (a.answered()) {
            a.facts().forEach(f -> remember(t, f, text));
        } else if (KEPT.contains(a.outcome()) && kept != KeptQuestions.OFF) {
            keep(t, text, a.language(), a.outcome() == Outcome.CLARIFY ? KeptQuestion.Why.CLARIFIED : KeptQuestion.Why.DECLINED,
                    near(a), null);
        }
        return answerReply(a);
    }

    /** The reply for an answer, a clarify or a decline; the choices are its options or suggestions. */
    Reply answerReply(Answer a) {
        Language l = a.language();
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(new Reply.Text(a.text()));
        for (Citation c : a.citations()) {
            parts.add(new Reply.Quote(c.text(), Replies.sourceLabel(l, c.paragraph())));
        }
        List<Reply.Choice> choices = new ArrayList<>();
        if (!a.options().isEmpty()) {
            a.options().forEach(o -> choices.add(new Reply.Choice(o.question(), o.factId())));
        } else if (!a.suggestions().isEmpty()) {
            parts.add(new Reply.Text(Replies.tryAsking(l)));
            Knowledge k = knowledge.get();
            for (String s : a.suggestions()) {
                Optional<Fact> f = k.facts().stream().filter(x -> x.example(l).map(s::equals).orElse(false)).findFirst();
                if (f.isPresent()) {
                    choices.add(new Reply.Choice(s, f.get().id()));
                } else {
                    parts.add(new Reply.Item(s, null));
                }
            }
        }
        String factId = a.answered() && !a.facts().isEmpty() ? a.facts().get(0) : null;
        return new Reply(l, parts, choices, factId, false, false, false, a);
    }

    /** A fact stated as the answer to {@code asked}: a choice tapped, a deep link. */
    private Reply stated(Turn t, Fact f, Language l, String asked) {
        Answer a = new Answer(asked, l, Outcome.ANSWERED, f.answer(l),
                List.of(new Citation(f.article(), f.paragraph(), f.source())), List.of(f.id()), List.of(), List.of());
        String conversation = conversationKey(t);
        if (conversation != null) {
            remember(conversation, asked, a.facts(), List.of());
        }
        remember(t, f.id(), asked);
        return answerReply(a);
    }

    // ---- taps

    private Reply choose(Turn t, Turn.Choose c) {
        Language l = c.language();
        Optional<Fact> f = knowledge.get().fact(c.factId());
        if (f.isEmpty()) {
            return Reply.text(l, Wording.say(l, "source.gone")).asReplacement();
        }
        Optional<Reply> slowDown = limited(t, l);
        if (slowDown.isPresent()) {
            return slowDown.get();
        }
        String conversation = conversationKey(t);
        Optional<FollowUpMemory.Last> asked = conversation == null ? Optional.empty() : recent(conversation);
        asked.ifPresent(last -> keep(t, lastLine(last.understood()), l, KeptQuestion.Why.CHOSEN, last.facts(), c.factId()));
        String question = f.get().example(l).orElse(f.get().answer(l));
        return stated(t, f.get(), l, question).asReplacement();
    }

    private Reply vote(Turn t, Turn.Vote v) {
        Language l = v.language();
        if (t.userId() != null && v.messageId() != null) {
            try {
                feedback.record(new Feedback(t.chat(), v.messageId(), ChatIds.hash(t.platform(), t.userId()), v.factId(),
                        v.up() ? Vote.UP : Vote.DOWN));
            } catch (StorageException e) {
                log.warn("feedback from {} not recorded: {}", t.chat(), e.getMessage());
            }
        }
        if (!v.up()) {
            String asked;
            synchronized (recentAnswers) {
                asked = recentAnswers.get(t.chat() + "\n" + v.factId());
            }
            if (asked != null) {
                keep(t, asked, l, KeptQuestion.Why.VOTED_DOWN, List.of(v.factId()), v.factId());
            }
        }
        return Reply.text(l, Replies.thanksForFeedback(l)).asToast();
    }

    private Reply source(Turn t, Turn.Source s) {
        Language l = s.language();
        Knowledge k = knowledge.get();
        Optional<Paragraph> p = k.fact(s.factId()).flatMap(f -> k.article(f.article()).flatMap(a -> a.paragraph(f.paragraph())));
        if (p.isEmpty()) {
            return Reply.text(l, Wording.say(l, "source.gone")).asToast();
        }
        return limited(t, l).orElseGet(() -> paragraphReply(p.get(), l));
    }

    // ---- shared steps

    /** Empty if the chat may ask; else the "slow down" reply, at most once a minute (then nothing). */
    private Optional<Reply> limited(Turn t, Language l) {
        String key = limitKey(t);
        if (questions.tryAcquire(key)) {
            return Optional.empty();
        }
        telemetry.limited(t.platform(), t.chatId());
        return Optional.of(refusals.tryAcquire(key)
                ? Reply.text(l, Replies.tooManyQuestions(l, questions.rate().permits())) : Reply.NONE);
    }

    private static String limitKey(Turn t) {
        return t.kind() == Turn.Kind.INLINE ? t.platform() + ":inline:" + t.userId() : t.platform() + ":" + t.chatId();
    }

    /**
     * Which conversation a turn belongs to: a private chat; a thread; in a group, the person (whose
     * reply to Safqa's answer continues it). Inline queries and channel posts have none.
     */
    private static String conversationKey(Turn t) {
        return switch (t.kind()) {
            case INLINE, CHANNEL -> null;
            case PRIVATE -> key(t.platform(), t.chatId(), t.thread(), null);
            case GROUP -> t.thread() != null ? key(t.platform(), t.chatId(), t.thread(), null)
                    : key(t.platform(), t.chatId(), null, t.userId());
        };
    }

    /** In a group, only a reply to Safqa's answer (or a message in a thread Safqa is in) follows up. */
    private static boolean leansAllowed(Turn t) {
        return t.kind() == Turn.Kind.PRIVATE || t.thread() != null || t.repliesToBot();
    }

    private static String key(String platform, String chatId, String thread, String user) {
        return platform + "\n" + chatId + "\n" + (thread == null ? "" : thread) + "\n" + (user == null ? "" : user);
    }

    private Optional<Language> chatLanguage(Turn t) {
        try {
            return settings.language(t.chat());
        } catch (StorageException e) {
            // answering in the question's language beats not answering
            log.warn("language of {} not read: {}", t.chat(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The language of a text Safqa writes: the chat's choice, the text's letters, the app's language, the default. */
    private Language textLanguage(Turn t, String text) {
        return language(t, text, chatLanguage(t));
    }

    /** As {@link #textLanguage}, with the chat's choice already read (one database read per question). */
    private Language language(Turn t, String text, Optional<Language> chosen) {
        return chosen.or(() -> LanguageDetector.detectLetters(text == null ? "" : text))
                .orElse(t.userLanguage() != null ? t.userLanguage() : defaultLanguage);
    }

    private void remember(Turn t, String factId, String question) {
        synchronized (recentAnswers) {
            recentAnswers.put(t.chat() + "\n" + factId, question);
        }
    }

    private void keep(Turn t, String question, Language l, KeptQuestion.Why why, List<String> near, String chosen) {
        if (kept == KeptQuestions.OFF || question == null || question.isBlank()) {
            return;
        }
        try {
            kept.keep(new KeptQuestion(0, clock.instant(), t.platform(), ChatIds.hash(t.platform(), t.chatId()), l,
                    question.strip(), why, near, chosen));
        } catch (RuntimeException e) {
            log.warn("a {} question was not kept for review: {}", why.name().toLowerCase(java.util.Locale.ROOT), e.toString());
        }
    }

    /** The facts closest to a declined or clarified question: its options, then the facts of its suggestions. */
    private List<String> near(Answer a) {
        List<String> out = new ArrayList<>();
        a.options().forEach(o -> out.add(o.factId()));
        for (String s : a.suggestions()) {
            knowledge.get().facts().stream().filter(f -> f.example(a.language()).map(s::equals).orElse(false))
                    .findFirst().ifPresent(f -> {
                        if (!out.contains(f.id())) {
                            out.add(f.id());
                        }
                    });
        }
        return out;
    }

    /** The conversation's last question; none when the store cannot be read: the question is then answered on its own. */
    private Optional<FollowUpMemory.Last> recent(String conversation) {
        try {
            return followUps.recent(conversation);
        } catch (StorageException e) {
            log.warn("last question of a conversation not read: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers a conversation's last question; a store that cannot be written costs the next follow-up, not this answer. */
    private void remember(String conversation, String understood, List<String> facts, List<String> told) {
        try {
            followUps.remember(conversation, understood, facts, told);
        } catch (StorageException e) {
            log.warn("last question of a conversation not remembered: {}", e.getMessage());
        }
    }

    private static String lastLine(String understood) {
        String[] lines = understood.split("\n");
        return lines[lines.length - 1];
    }

    /** What a conversation needs beside the core; defaults suit the console and tests. */
    public static final class Builder {
        private final Answerer answerer;
        private final Supplier<Knowledge> knowledge;
        private ChatSettings settings = ChatSettings.inMemory();
        private FeedbackLog feedback = FeedbackLog.inMemory();
        private SubscriptionService subscriptions;
        private QuestionLimit questions = new RateLimiter(Integer.MAX_VALUE, Duration.ofMinutes(1));
        private QuestionLimit refusals = new RateLimiter(1, Duration.ofMinutes(1));
        private KeptQuestions kept = KeptQuestions.OFF;
        private Telemetry telemetry = Telemetry.NONE;
        private Clock clock = Clock.systemUTC();
        private Language defaultLanguage = Language.EN;
        private FollowUpMemory followUps;

        private Builder(Answerer answerer, Supplier<Knowledge> knowledge) {
            this.answerer = answerer;
            this.knowledge = knowledge;
        }

        public Builder settings(ChatSettings s) {
            this.settings = Objects.requireNonNull(s);
            return this;
        }

        public Builder feedback(FeedbackLog f) {
            this.feedback = Objects.requireNonNull(f);
            return this;
        }

        /** Offers /subscribe and /unsubscribe (not in the console). */
        public Builder subscriptions(SubscriptionService s) {
            this.subscriptions = s;
            return this;
        }

        /** The per-chat question limit; {@code refusals}: at most this many "slow down" replies per chat. */
        public Builder limits(QuestionLimit questions, QuestionLimit refusals) {
            this.questions = Objects.requireNonNull(questions);
            this.refusals = Objects.requireNonNull(refusals);
            return this;
        }

        public Builder kept(KeptQuestions k) {
            this.kept = Objects.requireNonNull(k);
            return this;
        }

        public Builder telemetry(Telemetry t) {
            this.telemetry = Objects.requireNonNull(t);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /** Where each conversation's last question is kept; by default in this process. */
        public Builder followUps(FollowUpMemory f) {
            this.followUps = Objects.requireNonNull(f);
            return this;
        }

        public Builder defaultLanguage(Language l) {
            this.defaultLanguage = Objects.requireNonNull(l);
            return this;
        }

        public Conversation build() {
            return new Conversation(this);
        }
    }
}
