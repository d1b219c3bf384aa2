package vn.dangvu.member.web;

import jakarta.validation.Valid;
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
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberPage;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** The member register: list and search, a member's page, and the create and edit forms. */
@Controller
@RequestMapping("/members")
@RequiredArgsConstructor
class MemberController {

    private final MemberService members;
    private final OrganisationService organisation;
    private final CurrentActor currentActor;

    @GetMapping
    String list(
            @ModelAttribute("search") MemberSearch search, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("page", members.search(actor, search, PageView.safePage(page)));
        model.addAttribute("probationary", members.probationary(actor, search));
        model.addAttribute("visitors", members.visitorsFromOutside(actor, search));
        model.addAttribute("may", members.mayOnList(actor));
        model.addAttribute("communes", organisation.communesInScope(actor));
        model.addAttribute("branches", organisation.branchFilter(actor, search.commune()));
        model.addAttribute("groups", MemberGroup.values());
        model.addAttribute("statuses", MemberStatus.values());
        return "member/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        MemberPage page = members.page(currentActor.get(), id);
        model.addAttribute("member", page.member());
        model.addAttribute("may", page.may());
        return "member/show";
    }

    @GetMapping("/new")
    String newMember(Model model) {
        model.addAttribute("memberForm", members.newForm(currentActor.get()));
        return form(null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute MemberForm memberForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> members.problemsOfNew(currentActor.get(), memberForm),
                () -> {
                    long id = members.create(currentActor.get(), memberForm);
                    FlashMessages.success(
                            redirect, "member.created", memberForm.fullName().trim());
                    return "redirect:/members/" + id;
                },
                () -> form(null, model));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("memberForm", members.editForm(currentActor.get(), id));
        return form(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute MemberForm memberForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> members.problemsOfEdit(currentActor.get(), id, memberForm),
                () -> {
                    members.update(currentActor.get(), id, memberForm);
                    FlashMessages.success(
                            redirect, "member.updated", memberForm.fullName().trim());
                    return "redirect:/members/" + id;
                },
                () -> form(id, model));
    }

    private String form(Long id, Model model) {
        Actor actor = currentActor.get();
        if (id != null) {
            members.editForm(actor, id); // the same role and scope checks as the write itself
            model.addAttribute("member", members.get(actor, id));
        } else {
            model.addAttribute("branches", organisation.branchesInScope(actor));
        }
        model.addAttribute("memberId", id);
        model.addAttribute("residences", organisation.residenceChoices(actor));
        model.addAttribute("groups", MemberGroup.values());
        model.addAttribute("genders", Gender.values());
        return "member/form";
    }
}
