package dev.safqa.storage;

/**
 * The right to be the one process doing something (see {@link Database#tryLease}). Closing it gives
 * the right up; so does the death of the process.
 */
public interface Lease extends AutoCloseable {
    /** Whether the lease still stands: false once its session to the database is lost. */
    boolean held();

    @Override
    void close();
}
