package com.jobtracker.jobs.alerts;

import com.jobtracker.auth.PersonalData;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Saved searches and their unseen postings in a person's export; the rows (and the ids runs saw) go with the account
 * through the foreign keys' cascade.
 */
@Component
class SavedSearchesData implements PersonalData {

    private final SavedSearches searches;
    private final NewPostings postings;

    SavedSearchesData(SavedSearches searches, NewPostings postings) {
        this.searches = searches;
        this.postings = postings;
    }

    record Exported(SavedSearchView search, List<NewPosting> newPostings) {}

    @Override
    public String section() {
        return "saved_searches";
    }

    @Override
    public Object export(UUID userId) {
        return searches.all(userId).stream()
                .map(search -> new Exported(search, postings.page(search.id(), 0, Integer.MAX_VALUE)))
                .toList();
    }
}
