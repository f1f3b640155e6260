package dev.safqa.eval;

import dev.safqa.answer.Answerer;
import dev.safqa.answer.Scoring;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.text.Language;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits {@link Scoring}'s weights on labelled questions and picks its thresholds so that no held-out
 * question gets a wrong answer.
 *
 * <p>The questions are the labelled sets (a candidate is right when the reply it would make passes
 * the set's expectations; every candidate of a trap is wrong) and the knowledge's own alternate
 * questions (right for their fact), each compared with the others but not with itself. The model
 * is a logistic regression over {@code Features}, fitted by batch gradient descent with an L2
 * penalty: eighteen features and a few tens of thousands of rows need thirty lines, not a
 * machine-learning library.
 *
 * <p>The figures it prints are k-fold: each fold's questions are decided by a model fitted on the
 * other folds, with the threshold chosen on those other folds too.
 */
public final class Trainer {
    /** One question's candidates: features and whether each would be a right answer. */
    record Example(String id, boolean inScope, List<double[]> features, List<Boolean> right, List<String> answers) {
    }

    /** Decisions on a set of examples at one threshold. */
    public record Tally(int right, int wrong, int declined, int total) {
        double score() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    private static final double L2 = 1e-3;
    private static final int EPOCHS = 3000;
    private static final double RATE = 0.5;
    private static final double LABELLED_WEIGHT = 8;
    private static final double ALT_WEIGHT = 1;

    private final Answerer answerer;
    private final Scoring start;
    private final FactIndex index;

    private final double wrongCost;

    /** @param wrongCost how many declines one wrong answer is worth, in choosing the threshold */
    public Trainer(FactIndex index, Scoring start, double wrongCost) {
        this.index = index;
        this.start = start;
        this.wrongCost = wrongCost;
        this.answerer = new Answerer(() -> index, Language.EN, start);
    }

    /** The examples of labelled sets and of the alternate questions. */
    List<Example> examples(List<Evaluation.Question> labelled) {
        List<Example> out = new ArrayList<>();
        for (Evaluation.Question q : labelled) {
            if (answerer.asksSeveral(q.text())) {
                continue;       // each part is weighed on its own; the set labels only the whole
            }
            List<double[]> xs = new ArrayList<>();
            List<Boolean> ys = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            for (Answerer.Labelled l : answerer.candidates(q.text(), null)) {
                xs.add(l.candidate().features());
                ys.add(q.inScope() && Evaluation.judge(q, l.answer()) == null);
                answers.add(l.candidate().fact().id());
            }
            out.add(new Example(q.id(), q.inScope(), xs, ys, answers));
        }
        for (Fact f : index.knowledge().facts()) {
            for (Language lang : Language.values()) {
                for (String asked : f.questions(lang)) {
                    List<double[]> xs = new ArrayList<>();
                    List<Boolean> ys = new ArrayList<>();
                    List<String> answers = new ArrayList<>();
                    for (Answerer.Labelled l : answerer.candidates(asked, asked)) {
                        xs.add(l.candidate().features());
                        ys.add(l.candidate().fact().id().equals(f.id()));
                        answers.add(l.candidate().fact().id());
                    }
                    out.add(new Example(f.id() + ":" + asked, true, xs, ys, answers));
                }
            }
        }
        return out;
    }

    /** Logistic regression weights (features..., bias) fitted on the examples' candidates. */
    static double[] fit(List<Example> examples, int dims) {
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Example e : examples) {
            xs.addAll(e.features());
            ys.addAll(e.right());
            // questions people wrote count for more than the editor's paraphrases, which are many
            double weight = e.id().contains(":") ? ALT_WEIGHT : LABELLED_WEIGHT;
            e.features().forEach(x -> weights.add(weight));
        }
        double[] w = new double[dims + 1];
        int n = xs.size();
        if (n == 0) {
            return w;
        }
        double[] grad = new double[dims + 1];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double[] x = xs.get(i);
                double err = weights.get(i) * (sigmoid(dot(w, x)) - (ys.get(i) ? 1 : 0));
                for (int j = 0; j < dims; j++) {
                    grad[j] += err * x[j];
                }
                grad[dims] += err;
            }
            for (int j = 0; j <= dims; j++) {
                double penalty = j < dims ? L2 * w[j] : 0;
                w[j] -= RATE * (grad[j] / n + penalty);
            }
        }
        return w;
    }

    /** How the examples are decided by these weights at this threshold and clarify margin. */
    static Tally decide(List<Example> examples, double[] w, double threshold, double clarify) {
        int right = 0;
        int wrong = 0;
        int declined = 0;
        for (Example e : examples) {
            int best = -1;
            double bestP = -1;
            double[] p = new double[e.features().size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = sigmoid(dot(w, e.features().get(i)));
                if (p[i] > bestP) {
                    bestP = p[i];
                    best = i;
                }
            }
            boolean answers = best >= 0 && bestP >= threshold;
            if (answers) {
                for (int i = 0; i < p.length; i++) {
                    if (i != best && p[i] >= threshold && Answerer.logit(bestP) - Answerer.logit(p[i]) < clarify
                            && e.right().get(i) != e.right().get(best)) {
                        answers = false;       // asked which was meant
                        break;
                    }
                }
            }
            if (!answers) {
                if (e.inScope()) {
                    declined++;
                } else {
                    right++;
                }
            } else if (e.right().get(best)) {
                right++;
            } else {
                wrong++;
            }
        }
        return new Tally(right, wrong, declined, examples.size());
    }

    private static List<Example> labelledOnly(List<Example> all) {
        return all.stream().filter(e -> !e.id().contains(":")).toList();
    }

    private static final double[] THRESHOLDS = thresholds();

    private static double[] thresholds() {
        double[] t = new double[99];
        for (int i = 0; i < t.length; i++) {
            t[i] = (i + 1) / 100.0;
        }
        return t;
    }

    /**
     * The threshold with the least cost on the labelled examples, a wrong answer costing
     * {@code wrongCost} declines: with zero-wrong as the only rule, one disputable label (a set
     * that wants "yes" before a right answer) would push the threshold to where the bot declines
     * half of what it could answer. Alternate
     * questions train the model but do not choose the threshold: that one fact and not its
     * near-twin is "the" answer to each is the editor's filing, not a judgement of right and wrong.
     */
    double choose(List<Example> all, double[] w, double clarify) {
        List<Example> examples = labelledOnly(all);
        double best = 0.99;
        double bestCost = Double.MAX_VALUE;
        for (double t : THRESHOLDS) {
            Tally tally = decide(examples, w, t, clarify);
            double cost = wrongCost * tally.wrong() + tally.declined();
            if (cost < bestCost) {
                best = t;
                bestCost = cost;
            }
        }
        return best;
    }

    /**
     * Fits on everything, reports k-fold figures, and returns the fitted scoring.
     *
     * @param clarify the margin under which two different readings are asked about
     */
    public Scoring train(List<Evaluation.Question> labelled, int folds, double clarify, PrintWriter out) {
        List<Example> all = examples(labelled);
        int dims = dev.safqa.answer.Scoring.standard().vector().length - 1;
        long labelledKept = labelledOnly(all).size();
        out.printf(Locale.ROOT, "%d questions (%d labelled, %d alternate; %d labelled ask several things and are left out), %d candidates%n",
                all.size(), labelledKept, all.size() - labelledKept, labelled.size() - labelledKept, all.stream().mapToInt(e -> e.features().size()).sum());
        int right = 0;
        int wrong = 0;
        int declined = 0;
        int labelledRight = 0;
        int labelledWrong = 0;
        int labelledDeclined = 0;
        int labelledTotal = 0;
        for (int k = 0; k < folds; k++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (Example e : all) {
                (Math.floorMod(e.id().hashCode(), folds) == k ? test : train).add(e);
            }
            double[] w = fit(train, dims);
            double t = choose(train, w, clarify);
            Tally tally = decide(test, w, t, clarify);
            List<Example> testLabelled = labelledOnly(test);
            Tally lt = decide(testLabelled, w, t, clarify);
            out.printf(Locale.ROOT, "fold %d: threshold %.2f, held out %d: %d right, %d wrong, %d declined (labelled sets: %d/%d right, %d wrong)%n",
                    k + 1, t, tally.total(), tally.right(), tally.wrong(), tally.declined(), lt.right(), lt.total(), lt.wrong());
            right += tally.right();
            wrong += tally.wrong();
            declined += tally.declined();
            labelledRight += lt.right();
            labelledWrong += lt.wrong();
            labelledDeclined += lt.declined();
            labelledTotal += lt.total();
        }
        out.printf(Locale.ROOT, "k-fold (%d): %.1f%% right, %d wrong, %d declined of %d; labelled sets alone: %.1f%% right, %d wrong, %d declined of %d%n",
                folds, 100.0 * right / all.size(), wrong, declined, all.size(),
                labelledTotal == 0 ? 0 : 100.0 * labelledRight / labelledTotal, labelledWrong, labelledDeclined, labelledTotal);
        double[] w = fit(all, dims);
        double t = choose(all, w, clarify);
        Tally fitted = decide(all, w, t, clarify);
        out.printf(Locale.ROOT, "fitted on all: threshold %.2f: %d right, %d wrong, %d declined of %d%n",
                t, fitted.right(), fitted.wrong(), fitted.declined(), fitted.total());
        for (double th : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9}) {
            Tally lt = decide(labelledOnly(all), w, th, clarify);
            out.printf(Locale.ROOT, "  at %.2f: labelled %d right, %d wrong, %d declined%n", th, lt.right(), lt.wrong(), lt.declined());
        }
        // the labelled questions answered wrongly at a lower threshold: what holds the threshold up
        for (Example e : labelledOnly(all)) {
            Tally one = decide(List.of(e), w, 0.6, clarify);
            if (one.wrong() > 0) {
                int best = 0;
                for (int i = 1; i < e.features().size(); i++) {
                    if (dot(w, e.features().get(i)) > dot(w, e.features().get(best))) {
                        best = i;
                    }
                }
                out.printf(Locale.ROOT, "  wrong at 0.6: %s -> %s (p=%.3f)%n", e.id(), e.answers().get(best),
                        sigmoid(dot(w, e.features().get(best))));
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        List<String> names = featureNames();
        for (int j = 0; j < dims; j++) {
            weights.put(names.get(j), round(w[j]));
        }
        weights.put("bias", round(w[dims]));
        return start.with(weights, t, clarify);
    }

    private static List<String> featureNames() {
        return dev.safqa.answer.Scoring.featureNames();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static double dot(double[] w, double[] x) {
        double z = w[x.length];
        for (int j = 0; j < x.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
