import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
y_all=np.array([c['y'] for c in cases])
base,_,_,_,_=run(['cal'])
pt=pointcomp()
def runK(kn,feat,seed=1,k=10,direct=False):
    f=folds(groups,k,seed); n=len(cases); cr=np.zeros(n); c90=np.zeros(n)
    for fo in range(k):
        tr=np.array([i for i in range(n) if f[i]!=fo]); te=[i for i in range(n) if f[i]==fo]
        for i in te:
            d=np.abs(feat[tr]-feat[i]); nb=tr[np.argsort(d,kind='stable')[:kn]]
            if direct: x=y_all[nb]
            else:
                r=(y_all[nb]-pt[nb])/(np.array([cases[j]['sd'] for j in nb])+5); x=np.clip(pt[i]+r*(cases[i]['sd']+5),0,100)
            w=np.ones(len(x))/len(x); y=y_all[i]; cr[i]=crps(x,w,y)
            xs=np.sort(x); c90[i]=np.quantile(xs,.05,method='inverted_cdf')<=y<=np.quantile(xs,.95,method='inverted_cdf')
    return cr,c90
for name,feat in [('comp',pt),('|comp-50|',np.abs(pt-50))]:
    for kn in [40,80,120]:
        for direct in [False,True]:
            cr,c90=runK(kn,feat,direct=direct)
            print(name,kn,direct,'crps %.2f'%cr.mean(),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f'%c90.mean(),flush=True)
