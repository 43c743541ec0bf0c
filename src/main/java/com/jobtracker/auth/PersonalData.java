package com.jobtracker.auth;

import java.util.UUID;

/**
 * A module's share of a person's data. Export collects every section into one JSON document; account deletion
 * calls {@link #erase} before the user row (and with it every row referencing it) is deleted, so a module can remove
 * what a foreign key cannot reach, such as stored files.
 */
public interface PersonalData {

    /** The key of this module's section in the export, e.g. {@code applications}. */
    String section();

    /** Everything this module keeps about the user, as JSON-serialisable values. */
    Object export(UUID userId);

    /** Removes what the database cascade does not: files, cached entries. */
    default void erase(UUID userId) {}
}
