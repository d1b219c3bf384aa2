package vn.dangvu.organisation.web;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.RenameForm;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitPage;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;

/** The organisation tree: read it, add a branch, rename a unit, dissolve a branch. */
@Controller
@RequestMapping("/units")
@RequiredArgsConstructor
class OrganisationController {

    private final OrganisationService organisation;
    private final CurrentActor currentActor;

    @GetMapping
    String tree(@RequestParam(required = false) Long root, @RequestParam(required = false) String asOf, Model model) {
        Actor actor = currentActor.get();
        Periods.AsOf input = Periods.asOf(asOf);
        model.addAttribute("asOfInput", input);
        long top = root == null ? actor.scopeUnitId() : root;
        boolean today = input.date().equals(java.time.LocalDate.now());
        model.addAttribute("asOf", today ? null : input.date());
        model.addAttribute(
                "tree", today ? organisation.tree(actor, top) : organisation.treeOn(actor, top, input.date()));
        return "organisation/tree";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UnitPage page = organisation.page(currentActor.get(), id);
        model.addAttribute("page", page);
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute(
                    "renameForm", new RenameForm(page.unit().name(), page.unit().version()));
        }
        return "organisation/show";
    }

    @GetMapping("/new")
    String newBranch(@RequestParam long parent, Model model) {
        model.addAttribute("branchForm", BranchForm.under(parent));
        return branchForm(parent, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute BranchForm branchForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    UnitView created = organisation.createBranch(currentActor.get(), branchForm);
                    FlashMessages.success(redirect, "unit.created", created.name());
                    return "redirect:/units/" + created.id();
                },
                () -> branchForm(branchForm.parentId() == null ? -1 : branchForm.parentId(), model));
    }

    @PostMapping("/{id}/rename")
    String rename(
            @PathVariable long id,
            @Valid @ModelAttribute RenameForm renameForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    UnitView renamed = organisation.rename(currentActor.get(), id, renameForm);
                    FlashMessages.success(redirect, "unit.renamed", renamed.name());
                    return "redirect:/units/" + id;
                },
                () -> show(id, model));
    }

    @GetMapping("/{id}/dissolve")
    String confirmDissolve(@PathVariable long id, Model model) {
        model.addAttribute("dissolveForm", new DissolveForm("", null));
        return dissolvePage(id, model);
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(
            @PathVariable long id,
            @Valid @ModelAttribute DissolveForm dissolveForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    UnitView dissolved = organisation.dissolve(currentActor.get(), id, dissolveForm);
                    FlashMessages.success(redirect, "unit.dissolved", dissolved.name());
                    return "redirect:/units/" + id;
                },
                () -> dissolvePage(id, model));
    }

    private String dissolvePage(long id, Model model) {
        UnitPage page = organisation.dissolvePage(currentActor.get(), id);
        model.addAttribute("unit", page.unit());
        model.addAttribute("activeMembers", page.activeMembers());
        return "organisation/dissolve";
    }

    private String branchForm(long parentId, Model model) {
        model.addAttribute("parent", organisation.newBranchParent(currentActor.get(), parentId));
        model.addAttribute("kinds", List.copyOf(UnitKind.BRANCH_KINDS));
        return "organisation/new";
    }
}
