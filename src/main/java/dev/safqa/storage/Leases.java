package dev.safqa.storage;

import java.util.Optional;

/** Where a process asks to be the one doing something ({@link Database#tryLease}). */
public interface Leases {
    /** For one process on its own: every lease is granted, and held until closed. */
    Leases SOLE = name -> Optional.of(new Lease() {
        @Override
        public boolean held() {
            return true;
        }

        @Override
        public void close() {
        }
    });

    /** The lease on {@code name}, or empty while another process holds it. */
    Optional<Lease> tryLease(String name);
}
