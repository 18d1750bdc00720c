"""bot.answer_variables: whom an answer tells the borrower to contact."""

from __future__ import annotations

import re

from bot.answer_variables import contact_for


def test_contact_for_names_the_lender_and_invents_no_number() -> None:
    assert "95188" in contact_for("huabei", "zh") and "95188" in contact_for(None, "en")
    for product in ("weilidai", "jd_baitiao", "meituan", "credit_card", "online_loan", "bank_loan"):
        for lang in ("zh", "en"):
            text = contact_for(product, lang)
            assert not re.search(r"\d{3,}", text) and ("App" in text or "app" in text), text
