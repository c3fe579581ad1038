"""The PDF tests share the export tests' fixtures (the Huawei snapshot, fixed options) and have the
PDF formats registered, as the command line and the export dialog register them."""

import pytest

from tests.exports.conftest import AUTHOR, EXPORTED_AT, huawei, options  # noqa: F401


@pytest.fixture(autouse=True)
def pdf_formats():
    """The registry with "pdf", "worksheet" and "answer-key" in it."""
    from ui.pdf.formats import register_pdf_formats

    register_pdf_formats()
