package vn.dangvu.audit.web;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.audit.AuditTrails;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;

/** The audit trail of one record, for district staff who may read that record. */
@Controller
@RequiredArgsConstructor
class AuditController {

    private final AuditTrails trails;
    private final CurrentActor currentActor;

    @GetMapping("/audit/{type}/{id}")
    String trail(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            Locale locale,
            Model model) {
        AuditTrails.Trail trail = trails.trail(currentActor.get(), type, id, PageView.safePage(page), locale);
        model.addAttribute("type", trail.type());
        // Not "title": the layout's fragment parameter of that name would hide it.
        model.addAttribute("recordName", trail.recordName());
        model.addAttribute("page", trail.entries());
        return "audit/trail";
    }
}
