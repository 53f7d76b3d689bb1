namespace MusicRecommender.Domain.Catalog;

/// <summary>Union-find over track slots (path halving, union by size) that remembers each set's smallest track id.</summary>
internal sealed class SongSets
{
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];
    private readonly List<int> _smallestId = [];

    public int Count => _parent.Count;

    public int Add(int trackId)
    {
        _parent.Add(_parent.Count);
        _size.Add(1);
        _smallestId.Add(trackId);
        return _parent.Count - 1;
    }

    public int Find(int slot)
    {
        while (_parent[slot] != slot)
        {
            _parent[slot] = _parent[_parent[slot]];
            slot = _parent[slot];
        }
        return slot;
    }

    public void Union(int a, int b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA == rootB) return;
        if (_size[rootA] < _size[rootB]) (rootA, rootB) = (rootB, rootA);
        _parent[rootB] = rootA;
        _size[rootA] += _size[rootB];
        _smallestId[rootA] = Math.Min(_smallestId[rootA], _smallestId[rootB]);
    }

    public int SmallestId(int slot) => _smallestId[Find(slot)];

    public int Size(int slot) => _size[Find(slot)];
}
