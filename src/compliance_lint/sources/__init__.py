"""Getting bytes off disk into trees: discovery, loading and (lazily) positions."""
