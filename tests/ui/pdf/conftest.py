"""The PDF tests share the export tests' fixtures: the Huawei snapshot and fixed options."""

from tests.exports.conftest import AUTHOR, EXPORTED_AT, huawei, options  # noqa: F401
