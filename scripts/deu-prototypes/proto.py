# DEU III development-half prototypes behind the README's "What was tried" (numpy, scipy): grouped 10-fold CV by
# proposal (its own shuffle, so its compromise row is 16.32 where Concord's folds give 16.21), CRPS of weighted samples,
# proposal-bootstrap 95 % intervals of paired differences. Run: python3 scripts/deu-prototypes/mixture_constant.py
import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'load.py'); exec(open(__file__).read())
import numpy as np, random, sys
from scipy.optimize import minimize
def crps(x,w,y):
    o=np.argsort(x); x=x[o]; w=w[o]/w.sum()
    a=(w*np.abs(x-y)).sum()
    cw=np.cumsum(w)-w; cwx=np.cumsum(w*x)-w*x
    return a-(w*(x*cw-cwx)).sum()
def folds(groups,k,seed):
    g=sorted(set(groups)); rnd=random.Random(seed); rnd.shuffle(g)
    f={gg:i%k for i,gg in enumerate(g)}; return np.array([f[x] for x in groups])
groups=[c['group'] for c in cases]
def resid_fit(idx,pt):
    s={}
    allr=np.array([(cases[i]['y']-pt[i])/(cases[i]['sd']+5) for i in idx])
    s['ALL']=allr
    for rule in ['QMV','UNANIMITY']:
        r=np.array([(cases[i]['y']-pt[i])/(cases[i]['sd']+5) for i in idx if cases[i]['rule']==rule])
        if len(r)>=20: s[rule]=r
    return s
def cont(s,i,pt):
    r=s.get(cases[i]['rule'],s['ALL']); return np.clip(pt[i]+r*(cases[i]['sd']+5),0,100)
def comps(i,s,clim,pt,names):
    c=cases[i]; out=[]
    for n in names:
        if n=='cal': out.append((cont(s,i,pt),None))
        elif n=='com': out.append((np.array([c['com'] if c['com'] is not None else pt[i]]),None))
        elif n=='ref': out.append((np.array([c['ref'] if c['ref'] is not None else pt[i]]),None))
        elif n=='ep': out.append((np.array([c['ep'] if c['ep'] is not None else pt[i]]),None))
        elif n=='comp': out.append((np.array([pt[i]]),None))
        elif n=='pos': out.append((c['pos'],c['sal']*c['cap']+1e-9))
        elif n=='posq': 
            out.append((c['pos'],None))
        elif n=='0': out.append((np.array([0.]),None))
        elif n=='100': out.append((np.array([100.]),None))
        elif n=='50': out.append((np.array([50.]),None))
        elif n=='clim': out.append((clim,None))
    return [(x,np.ones(len(x))/len(x) if w is None else w/w.sum()) for x,w in out]
def mix(parts,wts):
    x=np.concatenate([p[0] for p in parts]); w=np.concatenate([p[1]*wt for p,wt in zip(parts,wts)]); return x,w
def pair(p,q):
    return (p[1][:,None]*q[1][None,:]*np.abs(p[0][:,None]-q[0][None,:])).sum()
def fitw(idx,s,clim,pt,names,ridge=0.0):
    K=len(names); A=np.zeros(K); B=np.zeros((K,K))
    for i in idx:
        P=comps(i,s,clim,pt,names); y=cases[i]['y']
        for m in range(K):
            A[m]+=(P[m][1]*np.abs(P[m][0]-y)).sum()
            for l in range(m,K):
                d=pair(P[m],P[l]); B[m,l]+=d; B[l,m]=B[m,l]
    A/=len(idx); B/=len(idx)
    f=lambda z: (lambda w: w@A-0.5*w@B@w+ridge*((w-1/K)**2).sum())(np.exp(z)/np.exp(z).sum())
    best=min((minimize(f,np.random.RandomState(t).randn(K)*0.5,method='Nelder-Mead' if K<3 else 'BFGS') for t in range(3)),key=lambda r:r.fun)
    z=best.x; return np.exp(z)/np.exp(z).sum()
def pointcomp():
    return np.array([c['comp'] for c in cases])
def run(names,seed=1,k=10,pt=None,ridge=0.0,verbose=False):
    pt=pointcomp() if pt is None else pt
    f=folds(groups,k,seed); n=len(cases); cr=np.zeros(n); c90=np.zeros(n); c50=np.zeros(n); med=np.zeros(n); W=[]
    for fo in range(k):
        tr=[i for i in range(n) if f[i]!=fo]; te=[i for i in range(n) if f[i]==fo]
        s=resid_fit(tr,pt); clim=np.array([cases[i]['y'] for i in tr])
        w=fitw(tr,s,clim,pt,names,ridge) if len(names)>1 else np.array([1.])
        W.append(w)
        for i in te:
            x,ww=mix(comps(i,s,clim,pt,names),w); y=cases[i]['y']; cr[i]=crps(x,ww,y)
            o=np.argsort(x); xs=x[o]; cw=np.cumsum(ww[o])/ww.sum()
            q=lambda p: xs[np.searchsorted(cw,p-1e-12)]
            c90[i]=q(.05)-1e-9<=y<=q(.95)+1e-9; c50[i]=q(.25)-1e-9<=y<=q(.75)+1e-9; med[i]=q(.5)
    return cr,c90,c50,med,np.array(W)
ug=sorted(set(groups)); gi=np.array([ug.index(g) for g in groups])
def boot(v,B=2000,seed=1):
    r=np.random.RandomState(seed); G=len(ug); S=np.bincount(gi,v,G); C=np.bincount(gi,None,G)
    m=[]
    for b in range(B):
        cnt=np.bincount(r.randint(0,G,G),minlength=G); m.append((cnt*S).sum()/(cnt*C).sum())
    return np.percentile(m,[2.5,97.5])
