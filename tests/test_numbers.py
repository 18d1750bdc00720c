import pytest

from bot.numbers import MAX_NUMBER, parse_number, scaled


@pytest.mark.parametrize("token, value", [
    ("15", 15), ("1,500", 1500), ("2.5", 2.5), ("十五", 15), ("两万", 20000), ("三千五", 3500),
    ("三千零五", 3005), ("十几", 15), ("几", 3), ("半", 0.5), ("two", 2), ("a few", 3),
])
def test_numbers_as_borrowers_write_them(token: str, value: float) -> None:
    assert parse_number(token) == value


@pytest.mark.parametrize("token", ["***", "**", "9" * 40, "abc"])
def test_masked_huge_or_unreadable_numbers_have_no_value(token: str) -> None:
    assert parse_number(token) is None


def test_scales_and_the_plausibility_bound() -> None:
    assert scaled(1.5, "万") == 15000 and scaled(3, "k") == 3000 and scaled(2.25, None) == 2.25
    assert parse_number(str(int(MAX_NUMBER))) == MAX_NUMBER
