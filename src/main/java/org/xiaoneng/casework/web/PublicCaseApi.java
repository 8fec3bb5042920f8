package org.xiaoneng.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.PublicCase;
import org.xiaoneng.platform.NotFoundException;

/**
 * The public's case queries, without sign-in: one case by its number and the query code of its receipt (a wrong
 * number or code both answer 404, so numbers cannot be probed), and the decided cases (办件公示).
 */
@RestController
@RequestMapping("/api/v1/public/cases")
@Tag(name = "Public: cases", description = "办件查询 and 办件公示, no sign-in")
class PublicCaseApi {

    private final Casework casework;

    PublicCaseApi(Casework casework) {
        this.casework = casework;
    }

    @GetMapping("/{number}")
    @Operation(summary = "A case by number and query code: state, steps with dates, due date, whom to call")
    PublicCase track(@PathVariable String number, @RequestParam String queryCode) {
        return casework.track(number, queryCode).orElseThrow(() -> new NotFoundException("case", number));
    }

    @GetMapping
    @Operation(summary = "Decided cases, latest decision first, 20 a page (individual applicants masked)")
    List<PublicCase> published(@RequestParam(defaultValue = "0") int page) {
        return casework.published(page);
    }
}
