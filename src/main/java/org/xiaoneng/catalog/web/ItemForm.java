package org.xiaoneng.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.internal.ItemDraftCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.CommitmentsCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.FeeCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LegalBasisCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LimitCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.MaterialCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.StageCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.TaskCommand;

/**
 * The item form's fields, shaped like {@link ItemDraftCommand} so that its validation errors (and the catalog's rule
 * errors) land on the fields of the same path. Rows of the lists are added and removed on the server
 * ({@link #apply(String)}), so the form works with htmx and without it.
 */
public class ItemForm {

    private String code = "";
    private String name = "";
    private ItemKind kind = ItemKind.LICENSING;
    private Long leadDepartmentId;
    private List<Long> coDepartmentIds = new ArrayList<>();
    private Long functionId;
    // lists start empty: a submitted form brings exactly its rows (see blank() for a new item's first rows)
    private List<LegalBasisRow> legalBases = new ArrayList<>();
    private List<String> conditions = new ArrayList<>();
    private List<MaterialRow> materials = new ArrayList<>();
    private LimitRow statutoryLimit = new LimitRow(LimitUnit.WORKING_DAYS, 20);
    private LimitRow promisedLimit = new LimitRow(LimitUnit.WORKING_DAYS, 5);
    private Integer yellowThresholdDays;
    private List<FeeRow> fees = new ArrayList<>();
    private boolean inServiceCenter = true;
    private String window = "";
    private boolean onlineApplication = true;
    private CommitmentsRow commitments = new CommitmentsRow();
    private String themesText = "";
    private List<StageRow> stages = new ArrayList<>();
    private Integer version;

    /** A new item's form, with one empty row in each list a guide always has. */
    static ItemForm blank(Long leadDepartmentId) {
        ItemForm form = new ItemForm();
        form.leadDepartmentId = leadDepartmentId;
        form.legalBases.add(new LegalBasisRow());
        form.conditions.add("");
        form.materials.add(new MaterialRow());
        StageRow stage = new StageRow();
        stage.tasks.add(new TaskRow());
        form.stages.add(stage);
        return form;
    }

    static ItemForm of(String code, ItemDetails details, Integer version) {
        ItemDraftCommand c = ItemDraftCommand.of(details);
        ItemForm form = new ItemForm();
        form.code = code;
        form.name = c.name();
        form.kind = c.kind();
        form.leadDepartmentId = c.leadDepartmentId();
        form.coDepartmentIds = new ArrayList<>(c.coDepartmentIds());
        form.functionId = c.functionId();
        form.legalBases = new ArrayList<>(c.legalBases().stream().map(b -> new LegalBasisRow(b.document(),
                b.articles())).toList());
        form.conditions = new ArrayList<>(c.conditions());
        form.materials = new ArrayList<>(c.materials().stream().map(MaterialRow::of).toList());
        form.statutoryLimit = new LimitRow(c.statutoryLimit().unit(), c.statutoryLimit().amount());
        form.promisedLimit = new LimitRow(c.promisedLimit().unit(), c.promisedLimit().amount());
        form.yellowThresholdDays = c.yellowThresholdDays();
        form.fees = new ArrayList<>(c.fees().stream().map(f -> new FeeRow(f.standardId(), f.note())).toList());
        form.inServiceCenter = c.inServiceCenter();
        form.window = c.window() == null ? "" : c.window();
        form.onlineApplication = c.onlineApplication();
        form.commitments = new CommitmentsRow(c.commitments().quality(), c.commitments().attitude(),
                c.commitments().time());
        form.themesText = String.join("、", c.themes());
        form.stages = new ArrayList<>(c.stages().stream().map(StageRow::of).toList());
        form.version = version;
        return form;
    }

    ItemDraftCommand toCommand() {
        return new ItemDraftCommand(name, kind, leadDepartmentId, coDepartmentIds, functionId,
                legalBases.stream().map(b -> new LegalBasisCommand(b.document, b.articles)).toList(),
                conditions,
                materials.stream().map(MaterialRow::toCommand).toList(),
                statutoryLimit.toCommand(), promisedLimit.toCommand(), yellowThresholdDays,
                fees.stream().map(f -> new FeeCommand(f.standardId, f.note)).toList(),
                inServiceCenter, window, onlineApplication,
                new CommitmentsCommand(commitments.quality, commitments.attitude, commitments.time),
                getThemes(), stages.stream().map(StageRow::toCommand).toList());
    }

    /** Each task's department is the department of the position chosen for it. */
    void fillTaskDepartments(Map<Long, Long> departmentOfPosition) {
        for (StageRow stage : stages) {
            for (TaskRow task : stage.tasks) {
                task.departmentId = task.positionId == null ? null : departmentOfPosition.get(task.positionId);
            }
        }
    }

    /**
     * Adds or removes a row: {@code add:materials}, {@code remove:materials:2}, {@code add:tasks:1} (a task of stage
     * 1), {@code remove:tasks:1:0}. Unknown or stale actions change nothing.
     */
    void apply(String action) {
        String[] parts = action.split(":");
        boolean add = parts[0].equals("add");
        int[] at = Arrays.stream(parts).skip(2).mapToInt(ItemForm::index).toArray();
        switch (parts.length > 1 ? parts[1] : "") {
            case "legalBases" -> change(legalBases, add, at, LegalBasisRow::new);
            case "conditions" -> change(conditions, add, at, () -> "");
            case "materials" -> change(materials, add, at, MaterialRow::new);
            case "fees" -> change(fees, add, at, FeeRow::new);
            case "stages" -> change(stages, add, at, () -> {
                StageRow stage = new StageRow();
                stage.tasks.add(new TaskRow());
                return stage;
            });
            case "tasks" -> {
                if (at.length > 0 && at[0] >= 0 && at[0] < stages.size()) {
                    change(stages.get(at[0]).tasks, add, Arrays.copyOfRange(at, 1, at.length), TaskRow::new);
                }
            }
            default -> {
                // nothing to do
            }
        }
    }

    private static <T> void change(List<T> rows, boolean add, int[] at, java.util.function.Supplier<T> blank) {
        if (add) {
            rows.add(blank.get());
        } else if (at.length > 0 && at[0] >= 0 && at[0] < rows.size()) {
            rows.remove(at[0]);
        }
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The themes typed as one text, separated by commas, 、 or spaces. */
    public List<String> getThemes() {
        return Arrays.stream(themesText == null ? new String[0] : themesText.split("[,，、;；\\s]+"))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public static class LegalBasisRow {
        private String document = "";
        private String articles = "";

        public LegalBasisRow() {
        }

        LegalBasisRow(String document, String articles) {
            this.document = document;
            this.articles = articles;
        }

        public String getDocument() {
            return document;
        }

        public void setDocument(String document) {
            this.document = document;
        }

        public String getArticles() {
            return articles;
        }

        public void setArticles(String articles) {
            this.articles = articles;
        }
    }

    public static class MaterialRow {
        private String name = "";
        private MaterialSource source = MaterialSource.APPLICANT;
        private MaterialForm form = MaterialForm.ORIGINAL_AND_COPY;
        private int copies = 1;
        private boolean required = true;
        private boolean mayBeMissingWithCommitment;
        private Long blankFormFileId;
        private Long sampleFileId;
        private String note = "";

        static MaterialRow of(MaterialCommand m) {
            MaterialRow row = new MaterialRow();
            row.name = m.name();
            row.source = m.source();
            row.form = m.form();
            row.copies = m.copies();
            row.required = m.required();
            row.mayBeMissingWithCommitment = m.mayBeMissingWithCommitment();
            row.blankFormFileId = m.blankFormFileId();
            row.sampleFileId = m.sampleFileId();
            row.note = m.note();
            return row;
        }

        MaterialCommand toCommand() {
            return new MaterialCommand(name, source, form, copies, required, mayBeMissingWithCommitment,
                    blankFormFileId, sampleFileId, note);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public MaterialSource getSource() {
            return source;
        }

        public void setSource(MaterialSource source) {
            this.source = source;
        }

        public MaterialForm getForm() {
            return form;
        }

        public void setForm(MaterialForm form) {
            this.form = form;
        }

        public int getCopies() {
            return copies;
        }

        public void setCopies(int copies) {
            this.copies = copies;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public boolean isMayBeMissingWithCommitment() {
            return mayBeMissingWithCommitment;
        }

        public void setMayBeMissingWithCommitment(boolean mayBeMissingWithCommitment) {
            this.mayBeMissingWithCommitment = mayBeMissingWithCommitment;
        }

        public Long getBlankFormFileId() {
            return blankFormFileId;
        }

        public void setBlankFormFileId(Long blankFormFileId) {
            this.blankFormFileId = blankFormFileId;
        }

        public Long getSampleFileId() {
            return sampleFileId;
        }

        public void setSampleFileId(Long sampleFileId) {
            this.sampleFileId = sampleFileId;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static class LimitRow {
        private LimitUnit unit = LimitUnit.WORKING_DAYS;
        private int amount;

        public LimitRow() {
        }

        LimitRow(LimitUnit unit, int amount) {
            this.unit = unit;
            this.amount = amount;
        }

        LimitCommand toCommand() {
            return new LimitCommand(unit, amount);
        }

        public LimitUnit getUnit() {
            return unit;
        }

        public void setUnit(LimitUnit unit) {
            this.unit = unit;
        }

        public int getAmount() {
            return amount;
        }

        public void setAmount(int amount) {
            this.amount = amount;
        }
    }

    public static class FeeRow {
        private Long standardId;
        private String note = "";

        public FeeRow() {
        }

        FeeRow(Long standardId, String note) {
            this.standardId = standardId;
            this.note = note;
        }

        public Long getStandardId() {
            return standardId;
        }

        public void setStandardId(Long standardId) {
            this.standardId = standardId;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static class CommitmentsRow {
        private String quality = "";
        private String attitude = "";
        private String time = "";

        public CommitmentsRow() {
        }

        CommitmentsRow(String quality, String attitude, String time) {
            this.quality = quality;
            this.attitude = attitude;
            this.time = time;
        }

        public String getQuality() {
            return quality;
        }

        public void setQuality(String quality) {
            this.quality = quality;
        }

        public String getAttitude() {
            return attitude;
        }

        public void setAttitude(String attitude) {
            this.attitude = attitude;
        }

        public String getTime() {
            return time;
        }

        public void setTime(String time) {
            this.time = time;
        }
    }

    public static class StageRow {
        private String name = "";
        private List<TaskRow> tasks = new ArrayList<>();

        static StageRow of(StageCommand stage) {
            StageRow row = new StageRow();
            row.name = stage.name();
            row.tasks = new ArrayList<>(stage.tasks().stream().map(t -> {
                TaskRow task = new TaskRow();
                task.departmentId = t.departmentId();
                task.positionId = t.positionId();
                task.workingDays = t.workingDays();
                return task;
            }).toList());
            return row;
        }

        StageCommand toCommand() {
            return new StageCommand(name, tasks.stream()
                    .map(t -> new TaskCommand(t.departmentId, t.positionId, t.workingDays)).toList());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<TaskRow> getTasks() {
            return tasks;
        }

        public void setTasks(List<TaskRow> tasks) {
            this.tasks = tasks;
        }
    }

    public static class TaskRow {
        private Long departmentId;
        private Long positionId;
        private int workingDays = 1;

        public Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(Long departmentId) {
            this.departmentId = departmentId;
        }

        public Long getPositionId() {
            return positionId;
        }

        public void setPositionId(Long positionId) {
            this.positionId = positionId;
        }

        public int getWorkingDays() {
            return workingDays;
        }

        public void setWorkingDays(int workingDays) {
            this.workingDays = workingDays;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ItemKind getKind() {
        return kind;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }

    public Long getLeadDepartmentId() {
        return leadDepartmentId;
    }

    public void setLeadDepartmentId(Long leadDepartmentId) {
        this.leadDepartmentId = leadDepartmentId;
    }

    public List<Long> getCoDepartmentIds() {
        return coDepartmentIds;
    }

    public void setCoDepartmentIds(List<Long> coDepartmentIds) {
        this.coDepartmentIds = coDepartmentIds;
    }

    public Long getFunctionId() {
        return functionId;
    }

    public void setFunctionId(Long functionId) {
        this.functionId = functionId;
    }

    public List<LegalBasisRow> getLegalBases() {
        return legalBases;
    }

    public void setLegalBases(List<LegalBasisRow> legalBases) {
        this.legalBases = legalBases;
    }

    public List<String> getConditions() {
        return conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = conditions;
    }

    public List<MaterialRow> getMaterials() {
        return materials;
    }

    public void setMaterials(List<MaterialRow> materials) {
        this.materials = materials;
    }

    public LimitRow getStatutoryLimit() {
        return statutoryLimit;
    }

    public void setStatutoryLimit(LimitRow statutoryLimit) {
        this.statutoryLimit = statutoryLimit;
    }

    public LimitRow getPromisedLimit() {
        return promisedLimit;
    }

    public void setPromisedLimit(LimitRow promisedLimit) {
        this.promisedLimit = promisedLimit;
    }

    public Integer getYellowThresholdDays() {
        return yellowThresholdDays;
    }

    public void setYellowThresholdDays(Integer yellowThresholdDays) {
        this.yellowThresholdDays = yellowThresholdDays;
    }

    public List<FeeRow> getFees() {
        return fees;
    }

    public void setFees(List<FeeRow> fees) {
        this.fees = fees;
    }

    public boolean isInServiceCenter() {
        return inServiceCenter;
    }

    public void setInServiceCenter(boolean inServiceCenter) {
        this.inServiceCenter = inServiceCenter;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public boolean isOnlineApplication() {
        return onlineApplication;
    }

    public void setOnlineApplication(boolean onlineApplication) {
        this.onlineApplication = onlineApplication;
    }

    public CommitmentsRow getCommitments() {
        return commitments;
    }

    public void setCommitments(CommitmentsRow commitments) {
        this.commitments = commitments;
    }

    public String getThemesText() {
        return themesText;
    }

    public void setThemesText(String themesText) {
        this.themesText = themesText;
    }

    public List<StageRow> getStages() {
        return stages;
    }

    public void setStages(List<StageRow> stages) {
        this.stages = stages;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
