package dev.safqa.index;

import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;

/**
 * One index file held as one byte array, read in place: what {@link FactIndex}'s directory serves
 * once a file is written. Lucene's own in-memory input ({@code ByteBuffersIndexInput}) reads every
 * byte through a block lookup, an open check and a {@code ByteBuffer}'s bounds check; at 100,000
 * facts the postings' reads were an eighth of an answer. The bytes and their order are Lucene's
 * (little-endian since Lucene 9), so every search reads and scores exactly what it did.
 */
final class HeapIndexInput extends IndexInput implements RandomAccessInput {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] bytes;
    /** Where this file (or slice) starts in {@link #bytes}, and where it ends (exclusive). */
    private final int offset;
    private final int end;
    /** The next byte to read, in {@link #bytes}. */
    private int pos;

    HeapIndexInput(String description, byte[] bytes) {
        this(description, bytes, 0, bytes.length);
    }

    private HeapIndexInput(String description, byte[] bytes, int offset, int length) {
        super(description);
        this.bytes = bytes;
        this.offset = offset;
        this.end = offset + length;
        this.pos = offset;
    }

    private EOFException pastEnd() {
        return new EOFException("read past EOF: " + this);
    }

    @Override
    public byte readByte() throws IOException {
        int p = pos;
        if (p >= end) {
            throw pastEnd();
        }
        pos = p + 1;
        return bytes[p];
    }

    @Override
    public void readBytes(byte[] b, int off, int len) throws IOException {
        int p = pos;
        if (len > end - p) {
            throw pastEnd();
        }
        System.arraycopy(bytes, p, b, off, len);
        pos = p + len;
    }

    @Override
    public short readShort() throws IOException {
        int p = pos;
        if (end - p < Short.BYTES) {
            throw pastEnd();
        }
        pos = p + Short.BYTES;
        return (short) SHORT.get(bytes, p);
    }

    @Override
    public int readInt() throws IOException {
        int p = pos;
        if (end - p < Integer.BYTES) {
            throw pastEnd();
        }
        pos = p + Integer.BYTES;
        return (int) INT.get(bytes, p);
    }

    @Override
    public long readLong() throws IOException {
        int p = pos;
        if (end - p < Long.BYTES) {
            throw pastEnd();
        }
        pos = p + Long.BYTES;
        return (long) LONG.get(bytes, p);
    }

    @Override
    public void skipBytes(long numBytes) throws IOException {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes must be >= 0, got " + numBytes);
        }
        seek(getFilePointer() + numBytes);
    }

    @Override
    public long getFilePointer() {
        return pos - offset;
    }

    @Override
    public void seek(long to) throws IOException {
        if (to < 0 || to > end - offset) {
            throw new EOFException("seek past EOF (" + to + "): " + this);
        }
        pos = offset + (int) to;
    }

    @Override
    public long length() {
        return end - offset;
    }

    @Override
    public void close() {
        // nothing to release: the array is the directory's
    }

    @Override
    public HeapIndexInput clone() {
        return (HeapIndexInput) super.clone();
    }

    @Override
    public IndexInput slice(String description, long from, long length) throws IOException {
        if (from < 0 || length < 0 || from + length > end - offset) {
            throw new IllegalArgumentException("slice() " + description + " out of bounds: offset=" + from
                    + ",length=" + length + ",fileLength=" + (end - offset) + ": " + this);
        }
        return new HeapIndexInput(getFullSliceDescription(description), bytes, offset + (int) from, (int) length);
    }

    /** The array index of {@code at}, a position in this file, when {@code size} bytes are read there. */
    private int at(long at, int size) throws EOFException {
        if (at < 0 || at > end - offset - size) {
            throw new EOFException("read past EOF (" + at + "): " + this);
        }
        return offset + (int) at;
    }

    @Override
    public byte readByte(long at) throws IOException {
        return bytes[at(at, Byte.BYTES)];
    }

    @Override
    public short readShort(long at) throws IOException {
        return (short) SHORT.get(bytes, at(at, Short.BYTES));
    }

    @Override
    public int readInt(long at) throws IOException {
        return (int) INT.get(bytes, at(at, Integer.BYTES));
    }

    @Override
    public long readLong(long at) throws IOException {
        return (long) LONG.get(bytes, at(at, Long.BYTES));
    }
}
