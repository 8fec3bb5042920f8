package org.xiaoneng.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.catalog.CatalogQuery;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;

/**
 * The public catalog (事项目录): browse by department, kind and theme, search by any part of a name or code (Chinese
 * partial words match). A plain GET form that works without JavaScript; with htmx the results are swapped in while
 * typing, and the address follows so that a search can be bookmarked.
 */
@Controller
class CatalogPages {

    static final String CATALOG = "portal/catalog";
    static final String RESULTS = "portal/partials/results :: results";
    static final int PAGE_SIZE = 20;
    /** Longer input is cut: nobody searches for a paragraph, and the pattern is matched against every name. */
    static final int MAX_TEXT = 50;
    /** Deeper pages are refused by clamping: nobody pages that far, and page × size must stay an int. */
    static final int MAX_PAGE = 10_000;

    private final ItemCatalog catalog;
    private final OrganizationDirectory directory;

    CatalogPages(ItemCatalog catalog, OrganizationDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    @GetMapping("/portal/catalog")
    String catalog(@RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable Long departmentId,
            @RequestParam(required = false) @Nullable ItemKind kind,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        CatalogQuery query = query(text, departmentId, kind, theme, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("page", catalog.publishedItems(query));
        // a history restore (back button after the cache expired) needs the whole page, not the fragment
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null) {
            return RESULTS;
        }
        model.addAttribute("departments", departments());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("themes", catalog.themes());
        return CATALOG;
    }

    static CatalogQuery query(@Nullable String text, @Nullable Long departmentId, @Nullable ItemKind kind,
            @Nullable String theme, int page, int size) {
        String cut = text == null ? null : text.strip();
        if (cut != null && cut.codePointCount(0, cut.length()) > MAX_TEXT) {
            cut = cut.substring(0, cut.offsetByCodePoints(0, MAX_TEXT));
        }
        return new CatalogQuery(departmentId == null || departmentId <= 0 ? null : departmentId, kind, theme, cut,
                Math.min(page, MAX_PAGE), size);
    }

    private List<DepartmentRef> departments() {
        return directory.departments().stream().filter(DepartmentRef::active).toList();
    }
}
