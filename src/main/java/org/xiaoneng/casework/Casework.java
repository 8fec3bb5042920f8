package org.xiaoneng.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiaoneng.casework.internal.CaseService;
import org.xiaoneng.casework.internal.MaterialFiles;
import org.xiaoneng.casework.internal.NoticeDocuments;
import org.xiaoneng.casework.internal.Ratings;

/**
 * What other modules (and this module's web layer) may do with cases (办件). Every change names the case's
 * {@code version} as the caller read it: when someone else changed the case since, a
 * {@link org.xiaoneng.platform.ConflictException} is thrown and nothing is written. Rules refused raise
 * {@link org.xiaoneng.platform.DomainException} with a message key of the casework bundle; cases outside the caller's
 * data scope raise {@link org.xiaoneng.platform.OutOfScopeException}. Each recorded event is published as a
 * {@link CaseTransitioned} inside the transaction.
 */
@Service
public class Casework {

    private final CaseService cases;
    private final MaterialFiles files;
    private final Ratings ratings;
    private final NoticeDocuments documents;

    Casework(CaseService cases, MaterialFiles files, Ratings ratings, NoticeDocuments documents) {
        this.cases = cases;
        this.files = files;
        this.ratings = ratings;
        this.documents = documents;
    }

    /** 收件 under a published item version; the same idempotency key never creates two cases. */
    public ReceivedCase receive(ReceiveApplication application, @Nullable String idempotencyKey) {
        return cases.receive(application, idempotencyKey);
    }

    /** 网上申请 by an applicant signed in to the portal (channel ONLINE). */
    public ReceivedCase receiveOnline(ReceiveApplication application, OnlineApplicant applicant,
            @Nullable String idempotencyKey) {
        return cases.receiveOnline(application, applicant, idempotencyKey);
    }

    /**
     * The published items the caller may receive applications for at the window (收件), by code: all of them for the
     * service center's staff, else those of the departments in the caller's receive scope; empty without the
     * permission.
     */
    public List<ReceivableItem> receivableItems() {
        return cases.receivableItems();
    }

    public CaseView find(long caseId) {
        return cases.find(caseId);
    }

    /**
     * The case of this number, if there is one and the caller holds casework:case:view over it; empty otherwise (the
     * answer does not tell which).
     */
    public Optional<CaseView> findByNumber(String number) {
        return cases.findByNumber(number);
    }

    /**
     * A written notice (文书) of the case — receipt, refusal, correction, suspension, extension or decision — with
     * everything it prints; refused ({@code casework.notice.notIssued.<kind>}) when the case has no such event yet.
     */
    public CaseNotice notice(long caseId, NoticeKind kind) {
        return cases.notice(caseId, kind);
    }

    /** The notice for printing (PDF download): as {@link #notice}, and recorded in the audit trail. */
    public CaseNotice printNotice(long caseId, NoticeKind kind) {
        return cases.printNotice(caseId, kind);
    }

    /** The latest cases (at most 100) the caller may see, optionally in one state. */
    public List<CaseSummary> list(@Nullable CaseState state) {
        return cases.list(state);
    }

    /** 一次性告知书: every missing required material plus the defects the check found; once per case. */
    public CaseView requestCorrection(long caseId, int version, List<MaterialDefect> defects) {
        return cases.requestCorrection(caseId, version, defects);
    }

    /** 补正: the materials brought after the notice. */
    public CaseView resubmit(long caseId, int version, List<String> suppliedMaterials) {
        return cases.resubmit(caseId, version, suppliedMaterials);
    }

    /** 受理, with 容缺 commitments for materials the item allows to follow. */
    public CaseView accept(long caseId, int version, List<Commitment> commitments) {
        return cases.accept(caseId, version, commitments);
    }

    /** 不予受理, with reasons. */
    public CaseView refuse(long caseId, int version, String reasons) {
        return cases.refuse(caseId, version, reasons);
    }

    /*
     * The steps below are the work of a position of the case's process. With a positionId the caller acts in that
     * position — as its holder, or as deputy (AB角) for its absent holder, which the events record — and is refused
     * when somebody else acts for it today; without one, the caller acts in his own post.
     */

    public CaseView startProcessing(long caseId, int version, @Nullable Long positionId) {
        return cases.startProcessing(caseId, version, positionId);
    }

    /** 中止: a special procedure stops the clock. */
    public CaseView suspend(long caseId, int version, @Nullable Long positionId, SpecialProcedure procedure,
            String reason) {
        return cases.suspend(caseId, version, positionId, procedure, reason);
    }

    public CaseView resume(long caseId, int version, @Nullable Long positionId, String note) {
        return cases.resume(caseId, version, positionId, note);
    }

    /** 延期: once; the caller is the approving approver. */
    public CaseView extend(long caseId, int version, @Nullable Long positionId, String reason) {
        return cases.extend(caseId, version, positionId, reason);
    }

    public CaseView decide(long caseId, int version, @Nullable Long positionId, Outcome outcome, String reasons,
            String legalBasis) {
        return cases.decide(caseId, version, positionId, outcome, reasons, legalBasis);
    }

    /** 发证 (art. 44): an approval's licence, with its number (one is made from the case number when blank). */
    public CaseView issueCertificate(long caseId, int version, @Nullable String certificateNumber) {
        return cases.issueCertificate(caseId, version, certificateNumber);
    }

    public CaseView deliver(long caseId, int version, DeliveryMethod method) {
        return cases.deliver(caseId, version, method);
    }

    public CaseView close(long caseId, int version) {
        return cases.close(caseId, version);
    }

    public CaseView withdraw(long caseId, int version, String reason) {
        return cases.withdraw(caseId, version, reason);
    }

    /** 签收: the caller takes on a task, in its position (as holder, or as deputy for the absent holder). */
    public CaseView claim(long caseId, int version, int taskNo) {
        return cases.claim(caseId, version, taskNo);
    }

    /** 办理: completes a task with an opinion — pass on, return to an earlier stage (0-based), or propose denial. */
    public CaseView complete(long caseId, int version, int taskNo, TaskOutcome outcome, String opinion,
            @Nullable Integer returnToStage) {
        return cases.complete(caseId, version, taskNo, outcome, opinion, returnToStage);
    }

    /** 待办: open tasks of every position the caller acts for today (own, and as deputy), earliest due first. */
    public List<InboxTask> inbox() {
        return cases.inbox();
    }

    /** The applicant's own case (portal); another's is not found. */
    public ApplicantCase forApplicant(long caseId, OnlineApplicant applicant) {
        return cases.forApplicant(caseId, applicant);
    }

    /** The applicant's online applications, latest first. */
    public List<PublicCase> ofApplicant(OnlineApplicant applicant) {
        return cases.ofApplicant(applicant);
    }

    /** 补正 by the applicant in the portal. */
    public ApplicantCase resubmitOnline(long caseId, int version, List<String> supplied, OnlineApplicant applicant) {
        return cases.resubmitOnline(caseId, version, supplied, applicant);
    }

    /** 撤回 by the applicant in the portal. */
    public ApplicantCase withdrawOnline(long caseId, int version, String reason, OnlineApplicant applicant) {
        return cases.withdrawOnline(caseId, version, reason, applicant);
    }

    /** 办件查询 by number and query code; empty when either is wrong. No sign-in needed. */
    public Optional<PublicCase> track(String number, String queryCode) {
        return cases.track(number, queryCode);
    }

    /** 办件公示: decided cases, latest first, 20 a page. */
    public List<PublicCase> published(int page) {
        return cases.published(page);
    }

    /** 视为受理 for every case whose 5 working days passed without an intake decision (for a scheduler). */
    public int deemAcceptedWhereDue() {
        return cases.deemAcceptedWhereDue();
    }

    /**
     * Attaches a material file (申请材料附件) to a case not yet final: PDF, JPEG or PNG by its content, agreeing with
     * the declared type and the filename, within the size limit, for one of the case's materials. Needs
     * casework:case:receive in the case's scope; audited as {@link MaterialFileAttached}.
     */
    public MaterialFile attach(long caseId, String material, @Nullable String filename, @Nullable String declaredType,
            byte[] content) {
        return files.attach(caseId, material, filename, declaredType, content);
    }

    /** The case's material files (without bytes), oldest first; needs casework:case:view in the case's scope. */
    public List<MaterialFile> files(long caseId) {
        return files.list(caseId);
    }

    /** One material file with its bytes; needs casework:case:view in the case's scope. */
    public MaterialFileContent file(long caseId, long fileId) {
        return files.download(caseId, fileId);
    }

    /**
     * 办件评价 by the applicant of a closed online case: once per case (a second rating is refused), five levels, an
     * optional comment of at most 500 characters. Another applicant's case is not found.
     */
    public CaseRating rate(long caseId, OnlineApplicant applicant, RatingLevel level, @Nullable String comment) {
        return ratings.rate(caseId, applicant, level, comment);
    }

    /** The case's rating, if it was rated. */
    public Optional<CaseRating> rating(long caseId) {
        return ratings.rating(caseId);
    }

    /** The applicant attaches a material file to their own online case; the same checks as at the window. */
    public MaterialFile attachOnline(long caseId, OnlineApplicant applicant, String material, @Nullable String filename,
            @Nullable String declaredType, byte[] content) {
        return files.attachOnline(caseId, applicant, material, filename, declaredType, content);
    }

    /** The material files of the applicant's own online case (without bytes), oldest first. */
    public List<MaterialFile> filesOnline(long caseId, OnlineApplicant applicant) {
        return files.listOnline(caseId, applicant);
    }

    /** One material file of the applicant's own online case, with its bytes. */
    public MaterialFileContent fileOnline(long caseId, long fileId, OnlineApplicant applicant) {
        return files.downloadOnline(caseId, fileId, applicant);
    }

    /** A notice of the applicant's own case as PDF in their language; the print is audited. */
    public NoticeDocument noticeForApplicant(long caseId, NoticeKind kind, OnlineApplicant applicant, Locale locale) {
        return documents.render(cases.printNoticeForApplicant(caseId, kind, applicant), locale);
    }
}
