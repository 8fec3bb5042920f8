package org.xiaoneng.audit.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.xiaoneng.audit.AuditEntryPage;
import org.xiaoneng.audit.AuditQuery;
import org.xiaoneng.audit.AuditTrail;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;

/**
 * The audit trail in the staff console: the filtered, paged list (only what the viewer's data scope allows, plus
 * their own actions) and, for system admins, the check of the hash chain. With {@code HX-Request} each answers only
 * its fragment.
 */
@Controller
@RequestMapping("/console/audit")
class AuditConsoleController {

    private static final String VIEW = "audit:entry:view";

    static final String ENTRIES = "audit/entries";
    static final String ENTRIES_FRAGMENT = "audit/partials/entries :: results";
    static final String VERIFICATION = "audit/verification";
    static final String VERIFICATION_FRAGMENT = "audit/partials/verification :: result";
    static final int PAGE_SIZE = 20;

    private final AuditTrail trail;
    private final CurrentActor currentActor;
    private final OrganizationDirectory directory;
    private final Clock clock;

    AuditConsoleController(AuditTrail trail, CurrentActor currentActor, OrganizationDirectory directory,
            Clock clock) {
        this.trail = trail;
        this.currentActor = currentActor;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:entry:view')")
    String entries(@ModelAttribute("query") AuditQuery query, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest request,
            Model model) {
        AuditEntryPage entries = trail.entries(query, currentActor.dataScopeFor(VIEW), currentActor.actor().account(), page,
                PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("zone", clock.getZone());
        // names for the department column and the filter: the trail keeps ids, names may have changed since
        Map<Long, String> departments = new LinkedHashMap<>();
        directory.departments().forEach(d -> departments.put(d.id(), d.name()));
        model.addAttribute("departments", departments);
        model.addAttribute("previousPageUrl", pageUrl(request, entries.page() - 1));
        model.addAttribute("nextPageUrl", pageUrl(request, entries.page() + 1));
        return htmx == null ? ENTRIES : ENTRIES_FRAGMENT;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('audit:chain:verify')")
    String verification() {
        return VERIFICATION;
    }

    @PostMapping("/verification")
    @PreAuthorize("hasAuthority('audit:chain:verify')")
    String verify(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("verification", trail.verify());
        return htmx == null ? VERIFICATION : VERIFICATION_FRAGMENT;
    }

    /** This request's URL with another page number; the filters stay as they were. */
    private static String pageUrl(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build(true)
                .toUriString();
    }
}
