package org.xiaoneng.catalog.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.catalog.CatalogFile;
import org.xiaoneng.catalog.CatalogPage;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.ProcessDefinition;
import org.xiaoneng.catalog.internal.FeeStandardView;
import org.xiaoneng.catalog.internal.FileRow;
import org.xiaoneng.catalog.internal.FileService;
import org.xiaoneng.catalog.internal.ItemDraftCommand;
import org.xiaoneng.catalog.internal.ItemRow;
import org.xiaoneng.catalog.internal.ItemSearch;
import org.xiaoneng.catalog.internal.ItemService;
import org.xiaoneng.catalog.internal.ItemView;
import org.xiaoneng.catalog.internal.OneMatterReport;
import org.xiaoneng.catalog.internal.OneMatterReportService;
import org.xiaoneng.catalog.internal.VersionRow;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog: items", description = "The item catalog (事项目录): drafts, published versions, processes")
class ItemApi {

    /** A new item: its city-wide unique code and its first draft. */
    record CreateRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,31}", message = "{catalog.validation.code}") String code,
            @NotNull @Valid ItemDraftCommand draft) {
    }

    /** A new draft, to replace the one under way; {@code version} is the item's version as last read. */
    record DraftRequest(@NotNull Integer version, @NotNull @Valid ItemDraftCommand draft) {
    }

    /** A state change of the item, at the item's version as last read. */
    record VersionRequest(@NotNull Integer version) {
    }

    /** Withdrawal from the catalog; the reason is kept and audited. */
    record UnpublishRequest(@NotNull Integer version, @NotBlank @Size(max = 500) String reason) {
    }

    private final ItemService items;
    private final FileService files;
    private final OneMatterReportService report;

    ItemApi(ItemService items, FileService files, OneMatterReportService report) {
        this.items = items;
        this.files = files;
        this.report = report;
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "Search items: everyone's published items, and every item of your data scope")
    public CatalogPage<ItemRow> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) ItemKind kind,
            @RequestParam(required = false) String theme, @RequestParam(required = false) ItemStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return items.search(new ItemSearch(q, departmentId, kind, theme, status, page, size));
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    @Operation(summary = "Create an item as a draft of a lead department of your data scope")
    public ItemView create(@Valid @RequestBody CreateRequest request) {
        return items.get(items.create(request.code(), request.draft()));
    }

    @GetMapping("/items/{id}")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "An item: state, current version, draft (within your scope) and version history")
    public ItemView get(@PathVariable long id) {
        return items.get(id);
    }

    @GetMapping("/items/by-code/{code}")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "An item by its code, e.g. SWJ-XK-001")
    public ItemView byCode(@PathVariable String code) {
        return items.get(items.idOf(code));
    }

    @PutMapping("/items/{id}/draft")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    @Operation(summary = "Replace the item's draft (starting one if none); 409 when the version is stale")
    public ItemView saveDraft(@PathVariable long id, @Valid @RequestBody DraftRequest request) {
        items.saveDraft(id, request.version(), request.draft());
        return items.get(id);
    }

    @PostMapping("/items/{id}/draft")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    @Operation(summary = "Start a new draft from the current version (no change when a draft is under way)")
    public ItemView startDraft(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        items.startDraft(id, request.version());
        return items.get(id);
    }

    @DeleteMapping("/items/{id}/draft")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    @Operation(summary = "Discard the draft and keep the current version")
    public ItemView discardDraft(@PathVariable long id, @RequestParam int version) {
        items.discardDraft(id, version);
        return items.get(id);
    }

    @PostMapping("/items/{id}/publish")
    @PreAuthorize("hasAuthority('catalog:item:publish')")
    @Operation(summary = "Publish the draft as the next, immutable version (department admin of the lead department)")
    public ItemVersion publish(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        return items.publish(id, request.version());
    }

    @PostMapping("/items/{id}/unpublish")
    @PreAuthorize("hasAuthority('catalog:item:publish')")
    @Operation(summary = "Withdraw the item from the catalog, with a reason")
    public ItemView unpublish(@PathVariable long id, @Valid @RequestBody UnpublishRequest request) {
        items.unpublish(id, request.version(), request.reason());
        return items.get(id);
    }

    @GetMapping("/items/{id}/versions")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "The item's published versions, newest first")
    public List<VersionRow> versions(@PathVariable long id) {
        return items.get(id).versions();
    }

    @GetMapping("/versions/{versionId}")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "A published version by id, current or not (what a running case points at)")
    public ItemVersion version(@PathVariable long versionId) {
        return items.version(versionId);
    }

    @GetMapping("/versions/{versionId}/process")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "The process (stages of parallel tasks) of a published version")
    public ProcessDefinition process(@PathVariable long versionId) {
        return ProcessDefinition.of(items.version(versionId));
    }

    @PostMapping(path = "/items/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    @Operation(summary = "Upload a blank form or sample for the item's materials (public once a version names it)")
    public FileRow upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return files.upload(id, file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(),
                file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getBytes());
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "Download a file: any published one, or one of an item of your data scope")
    public ResponseEntity<byte[]> download(@PathVariable long fileId) {
        CatalogFile file = files.read(fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .body(file.content());
    }

    @GetMapping("/fee-standards")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "The active fee standards (收费标准) items may reference")
    public List<FeeStandardView> feeStandards() {
        return items.feeStandards();
    }

    @GetMapping("/reports/one-matter-one-department")
    @PreAuthorize("hasAuthority('catalog:report:view')")
    @Operation(summary = "One matter, one department: near-duplicate items across departments, items of another "
            + "department's function")
    public OneMatterReport oneMatterOneDepartment() {
        return report.report();
    }
}
