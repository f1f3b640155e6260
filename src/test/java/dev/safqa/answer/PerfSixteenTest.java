package dev.safqa.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The sixteenth round's speed cuts change no result: the margins ask a hit whether it is a rival
 * only when it could raise a margin ({@code Features.margins}), and get the margins the full walk gets.
 */
class PerfSixteenTest {
    /** The margins as they were computed before the cut: every hit but the candidate's own asked. */
    private static void everyHitAsked(List<double[]> candidates, double[] lucene, double[] cosine, int[] hitIndex,
                                      BiPredicate<Integer, Integer> lessOf) {
        for (int c = 0; c < candidates.size(); c++) {
            double bestAlt = 0;
            double bestLucene = 0;
            for (int h = 0; h < lucene.length; h++) {
                if (h != hitIndex[c] && !lessOf.test(c, h)) {
                    bestAlt = Math.max(bestAlt, cosine[h]);
                    bestLucene = Math.max(bestLucene, lucene[h]);
                }
            }
            candidates.get(c)[13] = candidates.get(c)[10] - bestAlt;
            candidates.get(c)[14] = candidates.get(c)[0] - bestLucene;
        }
    }

    @Test
    void marginsAskingOnlyHitsThatCouldRaiseThemAreTheFullWalks() {
        Random random = new Random(16);
        for (int round = 0; round < 2_000; round++) {
            int hits = 1 + random.nextInt(20);
            double[] lucene = new double[hits];
            double[] cosine = new double[hits];
            for (int h = 0; h < hits; h++) {
                // ties and zeros are common: refused hits that are no rivals have a score of 0
                lucene[h] = random.nextInt(4) == 0 ? 0 : random.nextInt(5) / 4.0;
                cosine[h] = random.nextInt(4) == 0 ? 0 : random.nextInt(5) / 4.0;
            }
            List<double[]> fast = new ArrayList<>();
            List<double[]> full = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int h = 0; h < hits; h++) {
                if (random.nextBoolean()) {
                    double[] x = new double[Features.NAMES.size()];
                    x[0] = lucene[h];
                    x[10] = cosine[h];
                    fast.add(x);
                    full.add(x.clone());
                    kept.add(h);
                }
            }
            int[] hitIndex = kept.stream().mapToInt(Integer::intValue).toArray();
            boolean[][] rival = new boolean[hits][hits];
            for (boolean[] row : rival) {
                for (int h = 0; h < hits; h++) {
                    row[h] = random.nextBoolean();
                }
            }
            BiPredicate<Integer, Integer> lessOf = (c, h) -> rival[c][h];
            Features.margins(fast, lucene, cosine, hitIndex, lessOf);
            everyHitAsked(full, lucene, cosine, hitIndex, lessOf);
            for (int c = 0; c < fast.size(); c++) {
                assertArrayEquals(full.get(c), fast.get(c), "round " + round + ", candidate " + c);
            }
        }
    }
}
