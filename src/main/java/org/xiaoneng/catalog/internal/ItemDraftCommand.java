package org.xiaoneng.catalog.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.DepartmentLabel;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;

/**
 * What a person writes into an item's draft: references by id (departments, positions, function, fee standards,
 * files), which the catalog checks and resolves into {@link org.xiaoneng.catalog.ItemDetails}. The rules that need more
 * than one field (promise within the statutory limit, process within the promise) are checked by {@link ItemRules}.
 *
 * @param yellowThresholdDays null for the default: 1 working day or 20% of the promised limit, whichever is larger
 * @param inServiceCenter     null counts as false, like {@code onlineApplication} and a material's
 *                            {@code mayBeMissingWithCommitment}; numbers and a material's {@code required} must be given
 */
public record ItemDraftCommand(
        @NotBlank @Size(max = 200) String name,
        @NotNull ItemKind kind,
        @NotNull Long leadDepartmentId,
        @Nullable @Size(max = 20) List<@NotNull Long> coDepartmentIds,
        @Nullable Long functionId,
        @Nullable @Valid @Size(max = 50) List<LegalBasisCommand> legalBases,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 1000) String> conditions,
        @Nullable @Valid @Size(max = 100) List<MaterialCommand> materials,
        @NotNull @Valid LimitCommand statutoryLimit,
        @NotNull @Valid LimitCommand promisedLimit,
        @Nullable @Min(0) @Max(365) Integer yellowThresholdDays,
        @Nullable @Valid @Size(max = 20) List<FeeCommand> fees,
        @Nullable Boolean inServiceCenter,
        @Nullable @Size(max = 100) String window,
        @Nullable Boolean onlineApplication,
        @Nullable @Valid CommitmentsCommand commitments,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 20) String> themes,
        @Nullable @Valid @Size(max = 20) List<StageCommand> stages) {

    /** The command that would write these contents again (to re-check a draft, or to fill a form with it). */
    public static ItemDraftCommand of(ItemDetails details) {
        return new ItemDraftCommand(details.name(), details.kind(), details.leadDepartment().id(),
                details.coDepartments().stream().map(DepartmentLabel::id).toList(),
                details.function() == null ? null : details.function().id(),
                details.legalBases().stream().map(b -> new LegalBasisCommand(b.document(), b.articles())).toList(),
                details.conditions(),
                details.materials().stream().map(m -> new MaterialCommand(m.name(), m.source(), m.form(), m.copies(),
                        m.required(), m.mayBeMissingWithCommitment(), m.blankFormFileId(), m.sampleFileId(),
                        m.note())).toList(),
                new LimitCommand(details.statutoryLimit().unit(), details.statutoryLimit().amount()),
                new LimitCommand(details.promisedLimit().unit(), details.promisedLimit().amount()),
                details.yellowThresholdDays(),
                details.fees().stream().map(f -> new FeeCommand(f.standardId(), f.note())).toList(),
                details.inServiceCenter(), details.window(), details.onlineApplication(),
                new CommitmentsCommand(details.commitments().quality(), details.commitments().attitude(),
                        details.commitments().time()),
                details.themes(),
                details.process().stream().map(s -> new StageCommand(s.name(), s.tasks().stream()
                        .map(t -> new TaskCommand(t.departmentId(), t.positionId(), t.workingDays())).toList()))
                        .toList());
    }

    /** A legal basis: the document and its articles. */
    public record LegalBasisCommand(@NotBlank @Size(max = 200) String document,
            @Nullable @Size(max = 500) String articles) {
    }

    /** A time limit; the amount is ignored for same-day (即办) limits. */
    public record LimitCommand(@NotNull LimitUnit unit, @NotNull @Min(0) @Max(3650) Integer amount) {
    }

    /** A material; file ids refer to files uploaded for this item. */
    public record MaterialCommand(@NotBlank @Size(max = 200) String name, @NotNull MaterialSource source,
            @NotNull MaterialForm form, @NotNull @Min(1) @Max(99) Integer copies, @NotNull Boolean required,
            @Nullable Boolean mayBeMissingWithCommitment, @Nullable Long blankFormFileId, @Nullable Long sampleFileId,
            @Nullable @Size(max = 500) String note) {
    }

    /** A fee: the fee standard it charges, and how it applies to this item. */
    public record FeeCommand(@NotNull Long standardId, @Nullable @Size(max = 200) String note) {
    }

    /** Service commitments on quality, attitude and time. */
    public record CommitmentsCommand(@Nullable @Size(max = 1000) String quality,
            @Nullable @Size(max = 1000) String attitude, @Nullable @Size(max = 1000) String time) {
    }

    /** A stage and its parallel tasks. */
    public record StageCommand(@NotBlank @Size(max = 50) String name,
            @NotEmpty @Valid @Size(max = 10) List<TaskCommand> tasks) {
    }

    /** A task: a position of a department, and its limit in working days (0: the same day). */
    public record TaskCommand(@NotNull Long departmentId, @NotNull Long positionId,
            @NotNull @Min(0) @Max(365) Integer workingDays) {
    }
}
