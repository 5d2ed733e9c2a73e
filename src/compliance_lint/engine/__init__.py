"""Rule packs, the check library and the runner that applies one to the other."""
