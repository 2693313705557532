import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
from scipy.optimize import minimize
y_all=np.array([c['y'] for c in cases])
base,_,_,_,_=run(['cal'])
names=['cal','com','ref','pos','0','100','50']
def phi(c):
    hr=c['ref'] is not None
    return np.array([1,float(hr),float(c['rule']=='UNANIMITY'),float(c['com'] is not None and c['com']==c['ep']),(abs(c['comp']-c['ref'])/(c['sd']+5) if hr else 0), c['sd']/20])
PHI=np.array([phi(c) for c in cases])
def AB(i,s,clim,pt):
    P=comps(i,s,clim,pt,names); y=cases[i]['y']; K=len(P)
    a=np.array([(p[1]*np.abs(p[0]-y)).sum() for p in P]); B=np.array([[pair(P[m],P[l]) for l in range(K)] for m in range(K)])
    return a,B
def W(Th,ph):
    u=Th@ph; e=np.exp(u-u.max()); return e/e.sum()
def runX(ridge,feat,seed=1,k=10):
    pt=pointcomp(); f=folds(groups,k,seed); n=len(cases); cr=np.zeros(n); c90=np.zeros(n); med=np.zeros(n); K=len(names); D=len(feat)
    for fo in range(k):
        tr=[i for i in range(n) if f[i]!=fo]; te=[i for i in range(n) if f[i]==fo]
        s=resid_fit(tr,pt); clim=np.array([cases[i]['y'] for i in tr])
        ab=[AB(i,s,clim,pt) for i in tr]; ph=PHI[tr][:,feat]
        def L(z):
            Th=z.reshape(K,D); tot=0; g=np.zeros((K,D))
            for (a,B),p in zip(ab,ph):
                w=W(Th,p); tot+=w@a-0.5*w@B@w
                dw=a-B@w; # dL/dw
                dz=w*(dw-(w@dw)); g+=np.outer(dz,p)
            tot/=len(ab); g/=len(ab)
            reg=Th.copy(); reg[:,0]=0
            return tot+ridge*(reg**2).sum(), (g+2*ridge*reg).ravel()
        z0=np.zeros((K,D)); z0[0,0]=2.0
        r=minimize(L,z0.ravel(),jac=True,method='L-BFGS-B'); Th=r.x.reshape(K,D)
        for i in te:
            w=W(Th,PHI[i][feat]); x,ww=mix(comps(i,s,clim,pt,names),w); y=cases[i]['y']; cr[i]=crps(x,ww,y)
            o=np.argsort(x); xs=x[o]; cw=np.cumsum(ww[o])/ww.sum()
            q=lambda p: xs[np.searchsorted(cw,p-1e-12)]
            c90[i]=q(.05)-1e-9<=y<=q(.95)+1e-9; med[i]=q(.5)
    return cr,c90,med
for feat in [[0],[0,1],[0,3],[0,1,2,3],[0,1,2,3,4,5]]:
  for ridge in [0.0,0.01,0.1]:
    if feat==[0] and ridge>0: continue
    cr,c90,med=runX(ridge,feat)
    print(feat,ridge,'crps %.2f'%cr.mean(),boot(cr).round(2),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f mae %.2f'%(c90.mean(),np.abs(med-y_all).mean()),flush=True)
