package org.xiaoneng.supervision.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.platform.Attachments;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.supervision.internal.order.OrderState;
import org.xiaoneng.supervision.internal.order.OrderSubject;
import org.xiaoneng.supervision.internal.order.OrderView;
import org.xiaoneng.supervision.internal.order.OrderWorkbook;
import org.xiaoneng.supervision.internal.order.RectificationDocuments;
import org.xiaoneng.supervision.internal.order.SupervisionOrders;

/**
 * 督办: the supervision orders of the departments in the caller's scope — issued by supervisors, answered by the
 * departments — with the forms to issue (about a red deadline, a case, a violation or in free text), respond, close
 * and send back, and the rectification recommendation (整改建议书) as PDF. The issue form carries an idempotency key
 * (also accepted as the {@code Idempotency-Key} header), so a form sent twice issues one order; the other changes
 * quote the order's version. With {@code HX-Request} the list renders its results alone.
 */
@Controller
@RequestMapping("/console/supervision/orders")
@PreAuthorize("hasAnyAuthority('supervision:order:issue', 'supervision:order:respond')")
class OrderPages {

    static final String LIST = "supervision/orders";
    static final String LIST_FRAGMENT = "supervision/orders :: results";
    static final String NEW = "supervision/orders-new";
    static final String DETAIL = "supervision/orders-detail";
    private static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,100}";

    record IssueForm(@Nullable Long departmentId, @NotNull OrderSubject subjectKind, @Nullable Long deadlineId,
            @Nullable @Size(max = 100) String caseNumber, @Nullable Long violationId,
            @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String demand,
            @Nullable @Pattern(regexp = KEY_PATTERN) String idempotencyKey) {
    }

    record ResponseForm(@NotNull Integer version, @NotBlank @Size(max = 4000) String response,
            @NotBlank @Size(max = 4000) String measures) {
    }

    record NoteForm(@NotNull Integer version, @NotBlank @Size(max = 2000) String note) {
    }

    private final SupervisionOrders orders;
    private final RectificationDocuments documents;
    private final OrderWorkbook workbook;
    private final ConsoleForms forms;

    OrderPages(SupervisionOrders orders, RectificationDocuments documents, OrderWorkbook workbook,
            ConsoleForms forms) {
        this.orders = orders;
        this.documents = documents;
        this.workbook = workbook;
        this.forms = forms;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable OrderState state, HttpServletRequest request,
            Model model) {
        model.addAttribute("orders", orders.list(state));
        model.addAttribute("state", state);
        model.addAttribute("states", OrderState.values());
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : LIST;
    }

    /** The list of the same filter as an Excel workbook, every row (not only the first page); audited. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) @Nullable OrderState state, Locale locale,
            HttpServletResponse response) throws IOException {
        workbook.write(state, locale, ExcelDownloads.open(response, workbook.fileName(locale)));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('supervision:order:issue')")
    String issueForm(@RequestParam(required = false) @Nullable Long deadline,
            @RequestParam(required = false) @Nullable String caseNumber,
            @RequestParam(required = false) @Nullable Long violation,
            @RequestParam(required = false) @Nullable Long department, Model model) {
        OrderSubject kind = deadline != null ? OrderSubject.DEADLINE : violation != null ? OrderSubject.VIOLATION
                : caseNumber != null ? OrderSubject.CASE : OrderSubject.DEADLINE;
        model.addAttribute("issue", new IssueForm(department, kind, deadline, caseNumber, violation, "", "",
                UUID.randomUUID().toString()));
        return newPage(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supervision:order:issue')")
    String issue(@ModelAttribute("issue") IssueForm form, BindingResult result,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String header, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (forms.valid(form, result)) {
            String key = header != null && header.matches(KEY_PATTERN) ? header : form.idempotencyKey();
            try {
                SupervisionOrders.Issued issued = orders.issue(new SupervisionOrders.IssueOrder(form.departmentId(),
                        form.subjectKind(), form.deadlineId(), form.caseNumber(), form.violationId(), form.title(),
                        form.demand()), key);
                redirect.addFlashAttribute(ConsoleForms.FLASH,
                        issued.created() ? "supervision.order.flash.issued" : "supervision.order.flash.already");
                return "redirect:/console/supervision/orders/" + issued.order().id();
            } catch (DomainException e) {
                forms.refused(e, model, response);
            }
        } else {
            response.setStatus(422);
        }
        return newPage(model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(orders.find(id), model);
    }

    @PostMapping("/{id}/response")
    @PreAuthorize("hasAuthority('supervision:order:respond')")
    String respond(@PathVariable long id, @ModelAttribute("answer") ResponseForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(form, result, model, response, redirect, "supervision.order.flash.responded",
                "/console/supervision/orders/" + id,
                () -> orders.respond(id, form.version(), form.response(), form.measures()),
                () -> detailPage(orders.find(id), model));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('supervision:order:issue')")
    String close(@PathVariable long id, @ModelAttribute("closing") NoteForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(form, result, model, response, redirect, "supervision.order.flash.closed",
                "/console/supervision/orders/" + id,
                () -> orders.close(id, form.version(), form.note()),
                () -> detailPage(orders.find(id), model));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('supervision:order:issue')")
    String sendBack(@PathVariable long id, @ModelAttribute("returning") NoteForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(form, result, model, response, redirect, "supervision.order.flash.returned",
                "/console/supervision/orders/" + id,
                () -> orders.sendBack(id, form.version(), form.note()),
                () -> detailPage(orders.find(id), model));
    }

    @GetMapping("/{id}/rectification.pdf")
    ResponseEntity<byte[]> rectification(@PathVariable long id, Locale locale) {
        RectificationDocuments.Document document = documents.render(id, locale);
        return Attachments.attachment(document.filename(), MediaType.APPLICATION_PDF).body(document.pdf());
    }

    private String newPage(Model model) {
        model.addAttribute("deadlines", orders.redDeadlines());
        model.addAttribute("departments", orders.departments());
        model.addAttribute("subjects", OrderSubject.values());
        return NEW;
    }

    private String detailPage(OrderView order, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("mayRespond", order.state() == OrderState.OPEN && orders.mayRespond(order.departmentId()));
        model.addAttribute("mayClose", order.state() == OrderState.RESPONDED && orders.mayIssue(order.departmentId()));
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", new ResponseForm(order.version(), "", ""));
        }
        if (!model.containsAttribute("closing")) {
            model.addAttribute("closing", new NoteForm(order.version(), ""));
        }
        if (!model.containsAttribute("returning")) {
            model.addAttribute("returning", new NoteForm(order.version(), ""));
        }
        return DETAIL;
    }
}
