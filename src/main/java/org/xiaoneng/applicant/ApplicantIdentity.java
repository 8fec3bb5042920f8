package org.xiaoneng.applicant;

import java.util.Optional;

import org.xiaoneng.casework.OnlineApplicant;

/**
 * Who the applicant signed in to the portal is. The local phone-and-password accounts implement it today; a unified
 * identity provider (统一身份认证) can replace them by providing another implementation (and its own sign-in), as long
 * as it keeps each person's account id stable — cases record only that id.
 */
public interface ApplicantIdentity {

    /** The signed-in applicant of the current request, if any. */
    Optional<SignedIn> current();

    /** The signed-in applicant, or an exception that sends the browser to sign in. */
    default SignedIn require() {
        return current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "applicant sign-in required"));
    }

    /**
     * @param applicant   what casework records
     * @param displayName the name the applicant registered with
     * @param phone       the mobile phone number (to prefill forms; never log it)
     */
    record SignedIn(OnlineApplicant applicant, String displayName, String phone) {

        @Override
        public String toString() {
            return "SignedIn[" + applicant + "]";
        }
    }
}
