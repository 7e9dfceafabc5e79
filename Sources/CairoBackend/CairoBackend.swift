// Placeholder until the Cairo canvas lands.
import CCairo
