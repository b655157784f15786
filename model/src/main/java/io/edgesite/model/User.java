package io.edgesite.model;

import java.util.List;

/** An OS user created on the host at install time. */
public record User(String name, Secret password, List<String> groups, List<String> sshAuthorizedKeys) {
    public User {
        name = Lists.text(name);
        password = password == null ? Secret.empty() : password;
        groups = Lists.copy(groups);
        sshAuthorizedKeys = Lists.copy(sshAuthorizedKeys);
    }
}
