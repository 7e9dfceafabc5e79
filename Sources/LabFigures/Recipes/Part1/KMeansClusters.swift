import Estimators
import Plotting

extension Recipes {
    /// 02-kmeans-clusters (In 3–4): the blobs coloured by the cluster K-means gives them.
    ///
    /// ```python
    /// clusterer = KMeans(n_clusters=4, random_state=42, n_init='auto').fit(X)
    /// df = pd.DataFrame(dict(x=X[:,0], y=X[:,1], label=clusterer.predict(X)))
    /// colors = {0:'red', 1:'blue', 2:'green', 3:'orange'}
    /// for key, group in df.groupby('label'):
    ///     group.plot(ax=ax, kind='scatter', x='x', y='y', label=key, color=colors[key])
    /// ```
    /// pandas draws each group with `s=20`, labels the axes with the column names and adds a legend.
    static func kmeansClusters() throws -> Figure {
        let X = try LabData.blobs().samples
        let clusterer = try KMeans(clusters: 4, seed: 42).fit(X)
        let labels = try clusterer.predict(X)
        let colors = [Named.red, Named.blue, Named.green, Named.orange]

        let fig = try Figure(width: 6.4, height: 4.8)
        let ax = fig.addSubplot()
        for key in Set(labels).sorted() {
            let group = labels.indices.filter { labels[$0] == key }
            try ax.scatter(group.map { X[$0, 0] }, group.map { X[$0, 1] }, size: 20,
                           color: colors[key % colors.count], label: String(key))
        }
        ax.setXLabel("x")
        ax.setYLabel("y")
        ax.legend()
        return fig
    }
}
