package dev.safqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;
import org.junit.jupiter.api.Test;

/**
 * The nineteenth speed round: an index file is read in place from one array ({@link HeapIndexInput}).
 * Every read it offers gives what Lucene's own one-buffer input gives for the same bytes, at the same
 * positions, in slices of slices and clones, and it stops at the end as Lucene's does.
 */
class PerfNineteenTest {

    private static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static IndexInput lucenes(byte[] bytes) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        out.writeBytes(bytes, bytes.length);
        return ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER.apply("file", out);
    }

    /** The same reads, in the same random order, from both inputs. */
    private static void sameReads(IndexInput expected, IndexInput actual, long seed) throws IOException {
        Random r = new Random(seed);
        assertEquals(expected.length(), actual.length());
        for (int i = 0; i < 5_000; i++) {
            long left = expected.length() - expected.getFilePointer();
            int op = r.nextInt(9);
            if (op == 0 && left >= 1) {
                assertEquals(expected.readByte(), actual.readByte());
            } else if (op == 1 && left >= 2) {
                assertEquals(expected.readShort(), actual.readShort());
            } else if (op == 2 && left >= 4) {
                assertEquals(expected.readInt(), actual.readInt());
            } else if (op == 3 && left >= 8) {
                assertEquals(expected.readLong(), actual.readLong());
            } else if (op == 4 && left >= 40) {
                int n = r.nextInt(5);
                long[] a = new long[n];
                long[] b = new long[n];
                expected.readLongs(a, 0, n);
                actual.readLongs(b, 0, n);
                assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
            } else if (op == 5 && left >= 1) {
                int n = r.nextInt((int) Math.min(left, 64)) + 1;
                byte[] a = new byte[n + 2];
                byte[] b = new byte[n + 2];
                expected.readBytes(a, 1, n);
                actual.readBytes(b, 1, n);
                assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
            } else if (op == 6) {
                long to = (long) (r.nextDouble() * (expected.length() + 1));
                expected.seek(to);
                actual.seek(to);
            } else if (op == 7 && expected.length() > 8) {
                RandomAccessInput ea = (RandomAccessInput) expected;
                RandomAccessInput aa = (RandomAccessInput) actual;
                long at = r.nextInt((int) expected.length() - 8);
                assertEquals(ea.readByte(at), aa.readByte(at));
                assertEquals(ea.readShort(at), aa.readShort(at));
                assertEquals(ea.readInt(at), aa.readInt(at));
                assertEquals(ea.readLong(at), aa.readLong(at));
            } else if (op == 8 && left >= 10) {
                // a variable-length int written anywhere: read as Lucene reads postings' lengths
                long at = expected.getFilePointer();
                try {
                    int e = expected.readVInt();
                    assertEquals(e, actual.readVInt());
                } catch (IOException malformed) {
                    expected.seek(at);
                    actual.seek(at);
                }
            }
            assertEquals(expected.getFilePointer(), actual.getFilePointer());
        }
    }

    @Test
    void readsWhatLucenesOwnInputReads() throws IOException {
        byte[] bytes = randomBytes(4_099, 19);
        sameReads(lucenes(bytes), new HeapIndexInput("file", bytes), 1);
    }

    @Test
    void slicesOfSlicesAndClonesReadTheSame() throws IOException {
        byte[] bytes = randomBytes(3_001, 7);
        IndexInput expected = lucenes(bytes).slice("a", 17, 2_500).slice("b", 33, 1_900);
        IndexInput actual = new HeapIndexInput("file", bytes).slice("a", 17, 2_500).slice("b", 33, 1_900);
        sameReads(expected, actual, 2);
        expected.seek(100);
        actual.seek(100);
        IndexInput expectedClone = expected.clone();
        IndexInput actualClone = actual.clone();
        assertEquals(expected.readLong(), actual.readLong());
        assertEquals(expectedClone.getFilePointer(), actualClone.getFilePointer(), "a clone keeps its own position");
        sameReads(expectedClone, actualClone, 3);
        RandomAccessInput ea = lucenes(bytes).randomAccessSlice(5, 900);
        RandomAccessInput aa = new HeapIndexInput("file", bytes).randomAccessSlice(5, 900);
        for (long at = 0; at + 8 <= 900; at += 37) {
            assertEquals(ea.readLong(at), aa.readLong(at));
            assertEquals(ea.readShort(at), aa.readShort(at));
        }
    }

    @Test
    void stopsAtTheEnd() throws IOException {
        byte[] bytes = randomBytes(10, 3);
        HeapIndexInput in = new HeapIndexInput("file", bytes);
        IndexInput slice = in.slice("s", 2, 5);
        slice.seek(5);
        assertThrows(EOFException.class, slice::readByte);
        slice.seek(2);
        assertThrows(EOFException.class, slice::readInt);
        assertEquals(2, slice.getFilePointer(), "a read past the end moves nothing");
        assertThrows(EOFException.class, () -> slice.seek(6));
        assertThrows(EOFException.class, () -> slice.readBytes(new byte[4], 0, 4));
        assertThrows(IllegalArgumentException.class, () -> in.slice("t", 8, 3));
        assertThrows(EOFException.class, () -> ((RandomAccessInput) slice).readLong(0));
        assertEquals(bytes[6], ((RandomAccessInput) slice).readByte(4));
    }
}
