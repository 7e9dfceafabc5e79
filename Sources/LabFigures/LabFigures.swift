// Placeholder until the figure recipes land.
