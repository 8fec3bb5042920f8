package org.xiaoneng.casework;

/**
 * An applicant signed in to the portal (申请人账户), as the portal vouches for them. The case records the account
 * id only, so that a unified identity provider can later stand behind the same id.
 *
 * @param accountId the portal account's id
 */
public record OnlineApplicant(long accountId) {

    /** The account name events and the audit trail record for the applicant's own actions. */
    public String actorAccount() {
        return "applicant:" + accountId;
    }

    /** Where notifications about the applicant's cases are addressed in the portal (their message inbox). */
    public String inboxReference() {
        return "applicant:" + accountId;
    }
}
