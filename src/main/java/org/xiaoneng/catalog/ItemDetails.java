package org.xiaoneng.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Everything a service item (政务服务事项) says — what a draft holds and what a published version freezes. The service
 * guide, the correction notice, fee checks and the casework's process all read it from here.
 *
 * @param coDepartments       other departments of a joint item (联合办理), without the lead department
 * @param function            the organization function (职能) the item implements, if named
 * @param statutoryLimit      法定时限
 * @param promisedLimit       承诺时限, never longer than the statutory one; what the lights measure
 * @param yellowThresholdDays the light turns yellow when this many working days of the promise remain
 * @param inServiceCenter     进驻: handled at the administrative service center
 * @param window              the window (窗口) that takes applications, if any
 * @param onlineApplication   whether applications may be made online
 * @param themes              browsing themes (主题), e.g. 企业开办, 工程建设
 * @param process             the stages (办理流程), in order
 */
public record ItemDetails(String name, ItemKind kind, DepartmentLabel leadDepartment,
        List<DepartmentLabel> coDepartments, @Nullable FunctionLabel function, List<LegalBasis> legalBases,
        List<String> conditions, List<Material> materials, TimeLimit statutoryLimit, TimeLimit promisedLimit,
        int yellowThresholdDays, List<Fee> fees, boolean inServiceCenter, @Nullable String window,
        boolean onlineApplication, Commitments commitments, List<String> themes, List<ProcessStage> process) {

    public ItemDetails {
        coDepartments = copy(coDepartments);
        legalBases = copy(legalBases);
        conditions = copy(conditions);
        materials = copy(materials);
        fees = copy(fees);
        themes = copy(themes);
        process = copy(process);
        commitments = commitments == null ? Commitments.none() : commitments;
    }

    /** The sum of the stages' limits: the working days the process takes when every task uses its full limit. */
    public int processWorkingDays() {
        return process.stream().mapToInt(ProcessStage::workingDays).sum();
    }

    /** The lead department and the co-departments, lead first. */
    public Set<Long> departmentIds() {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(leadDepartment.id());
        coDepartments.forEach(d -> ids.add(d.id()));
        return ids;
    }

    /** The blank forms and samples the materials point at. */
    public Set<Long> fileIds() {
        Set<Long> ids = new LinkedHashSet<>();
        materials.stream().flatMap(m -> Stream.of(m.blankFormFileId(), m.sampleFileId())).filter(Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
