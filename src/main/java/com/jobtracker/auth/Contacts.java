package com.jobtracker.auth;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Looks up a person's contact details by id; empty once the account is deleted. */
@Component
public class Contacts {

    private final Users users;

    Contacts(Users users) {
        this.users = users;
    }

    public Optional<Contact> find(UUID userId) {
        return users.findById(userId).map(user -> new Contact(user.id(), user.email(), user.fullName()));
    }
}
