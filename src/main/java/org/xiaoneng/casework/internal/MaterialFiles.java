package org.xiaoneng.casework.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.casework.CaseMaterial;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.MaterialFile;
import org.xiaoneng.casework.MaterialFileAttached;
import org.xiaoneng.casework.MaterialFileContent;
import org.xiaoneng.casework.OnlineApplicant;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;

/**
 * Material files of cases. Every path first checks the caller's access to the case (upload: receive, list and
 * download: view, in the case's data scope), so no file is ever handed out unchecked; every upload passes
 * {@link MaterialFileCheck}, names one of the case's materials, needs a case not yet final, and is audited.
 */
@Service
@Transactional
public class MaterialFiles {

    private final CaseService cases;
    private final MaterialFileRepository files;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MaterialFileCheck check;

    MaterialFiles(CaseService cases, MaterialFileRepository files, CurrentActor currentActor,
            ApplicationEventPublisher events, Clock clock, CaseworkProperties properties) {
        this.cases = cases;
        this.files = files;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.check = new MaterialFileCheck(properties.maxFileSize().toBytes());
    }

    /** Staff at the window attach a file: needs casework:case:receive in the case's scope. */
    public MaterialFile attach(long caseId, String material, @Nullable String filename, @Nullable String declaredType,
            byte[] content) {
        CaseView c = cases.findWithPermission(caseId, CaseService.RECEIVE);
        return store(c, currentActor.actor(), material, filename, declaredType, content);
    }

    /** The applicant attaches a file to their own online case (another's is not found). */
    public MaterialFile attachOnline(long caseId, OnlineApplicant applicant, String material, @Nullable String filename,
            @Nullable String declaredType, byte[] content) {
        CaseView c = cases.ownCase(caseId, applicant);
        return store(c, cases.applicantActor(applicant), material, filename, declaredType, content);
    }

    /** The files of the applicant's own online case, oldest first. */
    @Transactional(readOnly = true)
    public List<MaterialFile> listOnline(long caseId, OnlineApplicant applicant) {
        cases.ownCase(caseId, applicant);
        return files.ofCase(caseId);
    }

    /** One file of the applicant's own online case, with its bytes. */
    @Transactional(readOnly = true)
    public MaterialFileContent downloadOnline(long caseId, long fileId, OnlineApplicant applicant) {
        cases.ownCase(caseId, applicant);
        return files.content(caseId, fileId).orElseThrow(() -> new NotFoundException("file", fileId));
    }

    @Transactional(readOnly = true)
    public List<MaterialFile> list(long caseId) {
        cases.findWithPermission(caseId, CaseService.VIEW);
        return files.ofCase(caseId);
    }

    @Transactional(readOnly = true)
    public MaterialFileContent download(long caseId, long fileId) {
        cases.findWithPermission(caseId, CaseService.VIEW);
        return files.content(caseId, fileId).orElseThrow(() -> new NotFoundException("file", fileId));
    }

    /** The one path every upload takes, by staff or by the applicant. */
    private MaterialFile store(CaseView c, Actor actor, String material, @Nullable String filename,
            @Nullable String declaredType, byte[] content) {
        if (c.state().isFinal()) {
            throw new DomainException("casework.file.caseFinal", c.number());
        }
        if (c.materials().stream().map(CaseMaterial::name).noneMatch(material::equals)) {
            throw new DomainException("casework.file.unknownMaterial", c.number(), material);
        }
        MaterialFileCheck.Checked checked = check.check(filename, declaredType, content);
        MaterialFile stored = files.insert(c.id(), material, checked, content, actor.account(), clock.instant());
        events.publishEvent(new MaterialFileAttached(actor, c.id(), c.number(), stored.id(), material,
                stored.filename(), stored.sha256(), c.leadDepartmentId(), stored.uploadedAt()));
        return stored;
    }
}
