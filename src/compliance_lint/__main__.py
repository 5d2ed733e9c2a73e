from compliance_lint.cli import entry

entry()
