import ArgumentParser
import Estimators

/// `figures fit --init` takes scikit-learn's `init_params` values, which are the enum's raw values.
extension MixtureInitialization: ExpressibleByArgument {}
