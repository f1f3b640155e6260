package dev.safqa.storage;

import java.nio.file.Path;
import java.time.Clock;

/** The two databases the storage suite runs on: the embedded SQLite file and a real PostgreSQL. */
public enum Store {
    SQLITE {
        @Override
        public Database open(Path dataDir, Clock clock) {
            return Database.open(dataDir, clock);
        }
    },
    POSTGRESQL {
        @Override
        public Database open(Path dataDir, Clock clock) {
            return Database.connect(TestPostgres.newDatabase(), TestPostgres.USER, null, clock);
        }
    };

    /** A fresh, migrated, empty database: a file in {@code dataDir}, or a new database on the test server. */
    public abstract Database open(Path dataDir, Clock clock);

    public Database open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }
}
