"""A name only the program model finds is dropped when it holds a Latin word with a lower-case letter: such words on
a 民政 page are products, games or user names in its furniture (the shipped model named DualSense无线控制器,
LegendaryEdition and yaoyao1 on released study pages, models17, stop 24). Invented sentences."""
from __future__ import annotations

import pytest

from loaders.programs import _model_name_ok


@pytest.mark.parametrize("text, name", [
    ("热销推荐：DualSense无线控制器限时特价。", "DualSense无线控制器"),
    ("本站推荐：LegendaryEdition典藏版。", "LegendaryEdition"),
    ("网友yaoyao1发表评论。", "yaoyao1"),
    ("网友appleseed留言。", "appleseed"),  # a word that opens with app is no App
    ("请使用iPhone扫码。", "iPhone扫码"),  # a one-letter prefix with lower case after it
    ("扫码下载HappyLife养老App。", "HappyLife养老App"),
])
def test_a_model_name_with_a_lower_case_latin_word_is_dropped(text, name):
    start = text.index(name)
    assert not _model_name_ok(text, start, start + len(name), name)


@pytest.mark.parametrize("text, name", [
    ("群众可通过爱山东APP申请救助。", "爱山东APP"),
    ("推广e家通智慧养老服务平台。", "e家通智慧养老服务平台"),
    ("开通12349养老服务热线。", "12349养老服务热线"),
    ("老人可在爱山东App上办理高龄津贴认证。", "爱山东App"),
    ("市民可登录i深圳App申领居住证。", "i深圳App"),
    ("推广eID数字身份服务。", "eID数字身份服务"),
])
def test_capitals_a_one_letter_prefix_digits_or_app_stay(text, name):  # negative
    start = text.index(name)
    assert _model_name_ok(text, start, start + len(name), name)
