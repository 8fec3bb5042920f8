/**
 * Applicants in the public portal (申请人): their accounts (mobile phone and password, with lockout), online
 * application (网上申请), following their own cases, correction and withdrawal, their messages (站内消息), rating a
 * closed case (办件评价), and the public case query (办件查询) and announcement of decided cases (办件公示). Other modules ask
 * {@link org.xiaoneng.applicant.ApplicantIdentity} who is signed in; the local accounts stand behind it until a unified
 * identity provider (统一身份认证) replaces them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applicant portal",
        allowedDependencies = {"casework", "catalog", "notification", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.applicant;
