package org.xiaoneng.catalog.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.catalog.Commitments;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.internal.ItemDraftCommand.CommitmentsCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.FeeCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.MaterialCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.StageCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.TaskCommand;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.FunctionRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.platform.Actor;

/**
 * Loads the 示范市 catalog ({@link DemoItems}) when demo data is on and the catalog is still empty: fee standards, then
 * every item published as version 1. Items go through the same resolver and rules as any draft (a demo item that broke
 * a rule would stop the start), but straight into the repository: seed rows are not audited, nobody made them. Runs
 * after the organization ({@code @Order(100)}) and identity ({@code @Order(200)}) demo data.
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty(name = "xiaoneng.demo.enabled")
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final ItemResolver resolver;
    private final ItemRepository items;
    private final FileRepository files;
    private final Clock clock;

    DemoCatalog(JdbcClient jdbc, OrganizationDirectory directory, ItemResolver resolver, ItemRepository items,
            FileRepository files, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.resolver = resolver;
        this.items = items;
        this.files = files;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long present = jdbc.sql("SELECT count(*) FROM catalog_item").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM catalog_fee_standard").query(Long.class).single();
        if (present > 0 || directory.departmentByCode("SWJ").isEmpty()) {
            return;
        }
        Map<String, Long> feeStandards = loadFeeStandards();
        Map<String, DepartmentRef> departments = directory.departments().stream()
                .collect(Collectors.toMap(DepartmentRef::code, Function.identity()));
        Map<String, PositionRef> positions = directory.activePositions().stream()
                .collect(Collectors.toMap(PositionRef::code, Function.identity()));
        Map<String, Long> functions = directory.functions().stream()
                .collect(Collectors.toMap(FunctionRef::code, FunctionRef::id));
        Stamp stamp = new Stamp(clock.instant(), Actor.SYSTEM_ACCOUNT);
        List<DemoItemSpec> specs = DemoItems.items();
        for (DemoItemSpec spec : specs) {
            ItemDraftCommand command = command(spec, departments, positions, functions, feeStandards);
            ServiceItem created = ServiceItem.create(spec.code, resolver.resolve(command, 0), stamp);
            long id = items.insert(created, stamp);
            ServiceItem item = items.find(id).orElseThrow();
            item.saveDraft(withBlankForms(id, spec, item.working(), stamp), stamp);
            ItemDetails published = item.publish();
            item.publishedAs(items.insertVersion(id, spec.code, item.lastNumber(), published, stamp));
            items.update(item);
        }
        log.info("Demo catalog of 示范市 loaded: {} published items", specs.size());
    }

    private Map<String, Long> loadFeeStandards() {
        for (String[] fee : DemoItems.FEE_STANDARDS) {
            jdbc.sql("""
                    INSERT INTO catalog_fee_standard (code, name, legal_basis, lower_bound, upper_bound, unit)
                    VALUES (:code, :name, :basis, :lower, :upper, :unit)""")
                    .param("code", fee[0]).param("name", fee[1]).param("basis", fee[2])
                    .param("lower", new BigDecimal(fee[3])).param("upper", new BigDecimal(fee[4]))
                    .param("unit", fee[5]).update();
        }
        return jdbc.sql("SELECT code, id FROM catalog_fee_standard").query((rs, row) -> Map.entry(rs.getString(1),
                rs.getLong(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static ItemDraftCommand command(DemoItemSpec spec, Map<String, DepartmentRef> departments,
            Map<String, PositionRef> positions, Map<String, Long> functions, Map<String, Long> feeStandards) {
        List<StageCommand> stages = spec.stages.stream().map(stage -> new StageCommand(stage.name(),
                stage.tasks().stream().map(task -> {
                    PositionRef position = required(positions, task.positionCode());
                    return new TaskCommand(position.departmentId(), position.id(), task.workingDays());
                }).toList())).toList();
        List<MaterialCommand> materials = spec.materials.stream().map(m -> new MaterialCommand(m.name(), m.source(),
                m.form(), m.copies(), m.required(), m.commitment(), null, null, "")).toList();
        return new ItemDraftCommand(spec.name, spec.kind, required(departments, spec.department).id(),
                spec.coDepartments.stream().map(code -> required(departments, code).id()).toList(),
                spec.function == null ? null : required(functions, spec.function), spec.legalBases,
                spec.conditions, materials, spec.statutory, spec.promised, null,
                spec.fees.stream().map(f -> new FeeCommand(required(feeStandards, f.standardCode()), f.note()))
                        .toList(),
                spec.inServiceCenter, spec.window, spec.online, commitments(spec), spec.themes, stages);
    }

    private static CommitmentsCommand commitments(DemoItemSpec spec) {
        String time = spec.promised.unit() == LimitUnit.SAME_DAY ? "材料齐全的，当场办结（即办件）。"
                : "承诺" + spec.promised.amount() + (spec.promised.unit() == LimitUnit.WORKING_DAYS ? "个工作日" : "日")
                        + "内办结，法定时限为" + spec.statutory.amount()
                        + (spec.statutory.unit() == LimitUnit.WORKING_DAYS ? "个工作日" : "日") + "。";
        return new CommitmentsCommand("材料不全的一次性告知；材料齐全、符合法定形式的当场受理并出具受理通知书。",
                "首问负责，文明用语，耐心解答，不推诿、不刁难。", time);
    }

    /** Uploads a small blank form for each material the spec marks as having one, and points the material at it. */
    private ItemDetails withBlankForms(long itemId, DemoItemSpec spec, ItemDetails details, Stamp stamp) {
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < details.materials().size(); i++) {
            Material m = details.materials().get(i);
            String form = spec.materials.get(i).blankForm();
            if (form == null) {
                materials.add(m);
                continue;
            }
            byte[] content = (form + "\n\n示范市行政服务中心 · " + spec.name + "\n\n申请人（签章）：\n日期：\n")
                    .getBytes(StandardCharsets.UTF_8);
            long fileId = files.insert(itemId, form + ".txt", "text/plain", content, FileService.sha256(content),
                    stamp);
            materials.add(new Material(m.name(), m.source(), m.form(), m.copies(), m.required(),
                    m.mayBeMissingWithCommitment(), fileId, null, "请下载空白表格，填写完整后签章提交。"));
        }
        return new ItemDetails(details.name(), details.kind(), details.leadDepartment(), details.coDepartments(),
                details.function(), details.legalBases(), details.conditions(), materials, details.statutoryLimit(),
                details.promisedLimit(), details.yellowThresholdDays(), details.fees(), details.inServiceCenter(),
                details.window(), details.onlineApplication(),
                details.commitments() == null ? Commitments.none() : details.commitments(), details.themes(),
                details.process());
    }

    private static <T> T required(Map<String, T> byCode, String code) {
        T value = byCode.get(code);
        if (value == null) {
            throw new IllegalStateException("demo catalog names unknown code " + code);
        }
        return value;
    }
}
