package org.xiaoneng.applicant.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An applicant account as Spring Security sees it; its only authority is {@link #AUTHORITY} (never a staff one). */
final class ApplicantUser implements UserDetails {

    static final String AUTHORITY = "applicant:portal:use";

    private final long id;
    private final String phone;
    private final String displayName;
    private final String passwordHash;
    private final boolean locked;

    ApplicantUser(long id, String phone, String displayName, String passwordHash, @Nullable Instant lockedUntil,
            Instant now) {
        this.id = id;
        this.phone = phone;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locked = lockedUntil != null && lockedUntil.isAfter(now);
    }

    long id() {
        return id;
    }

    String displayName() {
        return displayName;
    }

    String phone() {
        return phone;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(AUTHORITY));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return phone;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        return "ApplicantUser[" + id + "]";
    }
}
