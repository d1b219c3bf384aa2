// Đảng vụ: small enhancements; every page works without this file.
document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
        event.preventDefault();
    }
});

// Filter boxes for long selects: type "binh hoa" to keep "Chi bộ Ấp Bình Hòa".
(function () {
    function fold(text) {
        return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }
    document.querySelectorAll(".js-filter").forEach(function (box) {
        var select = document.getElementById(box.getAttribute("data-filter-for"));
        if (!select) {
            return;
        }
        box.classList.remove("d-none");
        box.addEventListener("input", function () {
            var wanted = fold(box.value.trim());
            Array.prototype.forEach.call(select.options, function (option) {
                option.hidden = option.value !== "" && wanted !== "" && fold(option.text).indexOf(wanted) < 0;
            });
        });
    });
})();

// Batch buttons: say that the work is under way, and stop a second click.
document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute("data-busy")) {
        return;
    }
    var button = form.querySelector("button[type=submit]");
    if (button) {
        button.disabled = true;
        button.textContent = form.getAttribute("data-busy");
    }
});

document.querySelectorAll(".js-print").forEach(function (button) {
    button.addEventListener("click", function () {
        window.print();
    });
});

// Menu groups: a click elsewhere or Escape closes an open group (without this file they close on their own click).
(function () {
    function closeGroups(except) {
        document.querySelectorAll(".app-group[open]").forEach(function (group) {
            if (group !== except) {
                group.removeAttribute("open");
            }
        });
    }
    document.addEventListener("click", function (event) {
        closeGroups(event.target.closest ? event.target.closest(".app-group") : null);
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            closeGroups(null);
        }
    });
})();

// "Everyone present": sets each member's usual choice (present, or exempt for the exempt) on the attendance form
// in place, keeping whatever else was typed; without this file the link reloads the form filled the same way.
document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".js-everyone-present") : null;
    var form = link ? link.closest("form") : null;
    if (!form) {
        return;
    }
    event.preventDefault();
    form.querySelectorAll("fieldset[data-usual]").forEach(function (row) {
        var choice = row.querySelector("input[type=radio][value='" + row.getAttribute("data-usual") + "']");
        if (choice) {
            choice.checked = true;
        }
    });
});
