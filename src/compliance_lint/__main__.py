from compliance_lint.cli import main

main(prog_name="compliance-lint")
