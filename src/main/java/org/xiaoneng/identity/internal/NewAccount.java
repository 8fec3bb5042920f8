package org.xiaoneng.identity.internal;

import org.jspecify.annotations.Nullable;

/** What a system admin gives to create an account. */
public record NewAccount(String username, String displayName, @Nullable Long homeDepartmentId, String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + "]"; // never the password
    }
}
